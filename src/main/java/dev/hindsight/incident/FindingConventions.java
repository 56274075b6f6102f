package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.store.DatabaseKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The installation's conventions the kept counts of open findings are counted under (finding_conventions, V31).
 * Conventions come from each node's own configuration, so unlike the lint settings they have no version in the
 * database: a digest of what the review assistant reads from them ({@link OpenFindings#conventionsJudgedBy})
 * stands for them. The node that last started with different conventions puts its digest in force and marks every
 * kept count behind, for the background recount. A count written under any other digest (a node still running
 * under the old configuration) is marked behind as it is written, so it is never taken for current. Stateless.
 */
public final class FindingConventions {

    private FindingConventions() {
    }

    /** The conventions in force: their digest, their text, and who put them in force when. */
    public record InForce(String fingerprint, String conventions, String adoptedBy, Instant adoptedAt) {
    }

    /**
     * What putting a node's conventions in force did.
     *
     * @param replaced     the other conventions that were in force; empty when they were the same, or none were
     * @param markedBehind how many kept counts were marked behind for the recount (none unless others were replaced)
     */
    public record Adoption(Optional<InForce> replaced, int markedBehind) {

        /** Whether other conventions were in force, so the counts are now behind. */
        public boolean changed() {
            return replaced.isPresent();
        }
    }

    /** The digest of the conventions as the review assistant reads them: equal conventions, equal digests. */
    public static String fingerprint(Conventions conventions) {
        return digest(OpenFindings.installed().conventionsJudgedBy(conventions));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The lines of what the review assistant reads that differ between {@code inForce} and {@code conventions}: each
     * prefixed "in force:" or "this configuration:", in the order the text lists them. Empty when they agree.
     */
    public static List<String> differences(InForce inForce, Conventions conventions) {
        List<String> theirs = inForce.conventions().lines().map(String::strip).toList();
        List<String> ours = OpenFindings.installed().conventionsJudgedBy(conventions).lines().map(String::strip)
                .toList();
        List<String> out = new ArrayList<>();
        theirs.stream().filter(l -> !ours.contains(l)).forEach(l -> out.add("in force: " + l));
        ours.stream().filter(l -> !theirs.contains(l)).forEach(l -> out.add("this configuration: " + l));
        return out;
    }

    /** The conventions in force, or none before any node put its own in force. */
    public static Optional<InForce> inForce(Handle h) {
        return read(h, "");
    }

    private static Optional<InForce> read(Handle h, String lock) {
        return h.createQuery("SELECT fingerprint, conventions, adopted_by, adopted_at FROM finding_conventions "
                        + "WHERE id = 1" + lock)
                .map((rs, ctx) -> new InForce(rs.getString("fingerprint"), rs.getString("conventions"),
                        rs.getString("adopted_by"), Instant.ofEpochMilli(rs.getLong("adopted_at"))))
                .findOne();
    }

    /**
     * Whether a count under {@code fingerprint} is under the conventions in force (or none are recorded yet). For a
     * write of a count in the transaction that saves, and for a recount's batch before it claims its rows: on
     * PostgreSQL it holds the row shared until the commit, so a node putting other conventions in force waits for
     * the save (or the batch), then marks its count behind with the rest; or the save waits for it, and reads the new
     * digest. Tested interleaved on both databases in ConventionsChangeRaceContract.
     */
    static boolean countsUnderForSave(Handle h, DatabaseKind kind, String fingerprint) {
        String lock = kind == DatabaseKind.POSTGRESQL ? " FOR SHARE" : "";
        return read(h, lock).map(f -> f.fingerprint().equals(fingerprint)).orElse(true);
    }

    /**
     * As above without holding the row: for a look that writes nothing, or, on SQLite, in the one transaction that
     * writes at a time, where no change of conventions can commit between this read and the commit. Not for a
     * PostgreSQL transaction that writes counts: a change that commits after this read passes over rows that were
     * behind when its statement began, so counts written under the old conventions would stay current.
     */
    static boolean countsUnder(Handle h, String fingerprint) {
        return read(h, "").map(f -> f.fingerprint().equals(fingerprint)).orElse(true);
    }

    /**
     * Puts {@code conventions} in force, in the caller's transaction. When others were in force every kept count is
     * marked behind (settings version -1, as counts from before V24), for the background recount; when none were
     * (a store just upgraded to V31) there is nothing to mark: V31 marked every count behind already.
     *
     * @param by who puts them in force: a node's name, or the command
     */
    static Adoption adopt(Handle h, DatabaseKind kind, Conventions conventions, String by, Instant at) {
        Objects.requireNonNull(by, "by is null");
        String text = OpenFindings.installed().conventionsJudgedBy(conventions);
        String fingerprint = digest(text);
        String lock = kind == DatabaseKind.POSTGRESQL ? " FOR UPDATE" : "";
        Optional<InForce> before = read(h, lock);
        if (before.isEmpty()) {
            int inserted = h.createUpdate("""
                    INSERT INTO finding_conventions (id, fingerprint, conventions, adopted_by, adopted_at)
                    VALUES (1, :fingerprint, :conventions, :by, :at) ON CONFLICT (id) DO NOTHING""")
                    .bind("fingerprint", fingerprint).bind("conventions", text).bind("by", by)
                    .bind("at", at.toEpochMilli()).execute();
            if (inserted == 1) {
                return new Adoption(Optional.empty(), 0);
            }
            before = read(h, lock); // another node put its own in force first: compare with theirs
        }
        if (before.orElseThrow().fingerprint().equals(fingerprint)) {
            return new Adoption(Optional.empty(), 0);
        }
        // The row first, then the counts: a save holds the row shared before it writes its count, so none slips by.
        h.createUpdate("""
                UPDATE finding_conventions SET fingerprint = :fingerprint, conventions = :conventions, adopted_by = :by,
                       adopted_at = :at WHERE id = 1""")
                .bind("fingerprint", fingerprint).bind("conventions", text).bind("by", by)
                .bind("at", at.toEpochMilli()).execute();
        int marked = IncidentFindings.markAllBehind(h);
        return new Adoption(before, marked);
    }
}
