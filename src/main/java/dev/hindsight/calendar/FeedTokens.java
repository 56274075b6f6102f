package dev.hindsight.calendar;

import dev.hindsight.auth.Digest;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calendar feeds' secrets: made, listed, revoked, and looked up by the secret in a feed's URL. A secret is
 * 32 random bytes in URL-safe base64 and is stored only as its SHA-256 digest. A revoked feed, a feed whose
 * account is gone and a secret never issued are all simply not found. Thread-safe.
 */
public final class FeedTokens {

    /** Feeds one account may have active at once: enough for every team anyone is in, not a flood. */
    static final int ACTIVE_MAX = 50;
    static final int TEAM_MAX = 100;
    static final int LABEL_MAX = 200;
    /** 32 bytes in base64url without padding. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;

    public FeedTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Makes a feed for {@code owner}. A team feed needs its team; a person feed takes none.
     *
     * @throws NotFound     when there is no such account
     * @throws InvalidInput naming the field, when the team or label will not do, or the owner has
     *                      {@link #ACTIVE_MAX} active feeds already
     */
    public FeedToken.Created create(String owner, FeedKind kind, String team, String label) {
        String teamName = team == null ? "" : team.strip();
        String about = label == null ? "" : label.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "is required: " + Coded.codes(FeedKind.class)));
        } else if (kind == FeedKind.TEAM && teamName.isEmpty()) {
            problems.add(new FieldProblem("team", "is required for a team feed"));
        } else if (kind == FeedKind.PERSON && !teamName.isEmpty()) {
            problems.add(new FieldProblem("team", "is only for a team feed"));
        }
        if (teamName.length() > TEAM_MAX || !teamName.equals(IcsWriter.clean(teamName))
                || teamName.contains("\n")) {
            problems.add(new FieldProblem("team", "must be one line of at most " + TEAM_MAX + " characters"));
        }
        if (about.length() > LABEL_MAX || !about.equals(IcsWriter.clean(about)) || about.contains("\n")) {
            problems.add(new FieldProblem("label", "must be one line of at most " + LABEL_MAX + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // A name of its own, not a piece of the secret: lists and logs show it.
        byte[] name = new byte[8];
        RANDOM.nextBytes(name);
        String id = HexFormat.of().formatHex(name);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.jdbi().useTransaction(h -> {
            // The owner's row written first: two feeds made at once take turns, so both cannot take the last place.
            if (h.createUpdate("UPDATE users SET role = role WHERE name = :o").bind("o", owner).execute() == 0) {
                throw new NotFound("user '" + owner + "'");
            }
            int active = h.createQuery("SELECT COUNT(*) FROM calendar_feeds WHERE owner = :o AND revoked_at IS NULL")
                    .bind("o", owner).mapTo(Integer.class).one();
            if (active >= ACTIVE_MAX) {
                throw InvalidInput.of("feed", "at most " + ACTIVE_MAX + " feeds may be active at once: revoke one "
                        + "you no longer use");
            }
            h.createUpdate("""
                    INSERT INTO calendar_feeds (id, owner, kind, team, label, token_digest, created_at)
                    VALUES (:id, :owner, :kind, :team, :label, :digest, :at)""")
                    .bind("id", id).bind("owner", owner).bind("kind", kind.code()).bind("team", teamName)
                    .bind("label", about).bind("digest", Digest.sha256(secret)).bind("at", now.toEpochMilli())
                    .execute();
        });
        return new FeedToken.Created(new FeedToken(id, owner, kind, teamName, about, now, null), secret);
    }

    /** An account's feeds, oldest first, revoked ones too. */
    public List<FeedToken> list(String owner) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT id, owner, kind, team, label, created_at, revoked_at FROM calendar_feeds
                        WHERE owner = :o ORDER BY created_at, id""")
                .bind("o", owner).map((rs, ctx) -> feed(rs)).list());
    }

    /**
     * The active feed behind a secret from a URL, if there is one and its account still exists. Anything that
     * is not the shape of a secret is not looked up.
     */
    public Optional<FeedToken> find(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT f.id, f.owner, f.kind, f.team, f.label, f.created_at, f.revoked_at
                        FROM calendar_feeds f JOIN users u ON u.name = f.owner
                        WHERE f.token_digest = :d AND f.revoked_at IS NULL""")
                .bind("d", Digest.sha256(secret)).map((rs, ctx) -> feed(rs)).findOne());
    }

    /**
     * Revokes an active feed; it answers 404 from then on. {@code owner} limits it to that account's feeds (the
     * account page), null allows any (the operator's command line); another account's id is not found.
     */
    public FeedToken revoke(String owner, String id) {
        long now = clock.millis();
        return database.jdbi().inTransaction(h -> {
            var update = h.createUpdate("UPDATE calendar_feeds SET revoked_at = :at WHERE id = :id "
                    + "AND revoked_at IS NULL" + (owner == null ? "" : " AND owner = :owner"))
                    .bind("id", id).bind("at", now);
            int changed = (owner == null ? update : update.bind("owner", owner)).execute();
            if (changed == 0) {
                throw new NotFound("active calendar feed " + id);
            }
            return h.createQuery("SELECT id, owner, kind, team, label, created_at, revoked_at FROM calendar_feeds "
                    + "WHERE id = :id").bind("id", id).map((rs, ctx) -> feed(rs)).one();
        });
    }

    private static FeedToken feed(ResultSet rs) throws SQLException {
        long revoked = rs.getLong("revoked_at");
        boolean active = rs.wasNull(); // read before any other column: wasNull is about the last one read
        return new FeedToken(rs.getString("id"), rs.getString("owner"), Coded.parse(FeedKind.class,
                rs.getString("kind")), rs.getString("team"), rs.getString("label"),
                Instant.ofEpochMilli(rs.getLong("created_at")), active ? null : Instant.ofEpochMilli(revoked));
    }
}
