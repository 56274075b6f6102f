package dev.hindsight.lint;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.BoundedCache;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The findings of incidents' saved revisions under the linter in force, kept so that a revision is linted once
 * however often it is asked for. The editor's check asks for the saved record's findings on every pause in typing,
 * beside the record as typed, only to say which of the typed findings the saved record has too (those may be
 * dismissed now); the incident page asks for them on every load. Both lint the same revision again and again.
 *
 * <p>What is kept cannot go stale, on this node or any other. A saved revision never changes (every save, on any
 * node, takes the next revision), and the findings of one revision under one linter are always the same: the rules
 * read the record and nothing else (no clock), and a linter stands for one version of the organisation's settings,
 * one set of its templates and this node's conventions ({@link OrganisationLintSettings} builds a new one when any
 * of them changes, and then this forgets the old one's findings). So the key is the incident, its revision and when
 * that was saved (as {@code CurrentRecords} knows a revision), and an entry holds the linter it was found by. An
 * entry also holds the record's hash, and is used only for a record of the same hash: a caller that passed a record
 * edited but not saved (which carries the revision it was read at) would otherwise be answered the saved one's
 * findings. Dismissals are not kept here: they change without a new revision, and are read and applied on every ask
 * ({@link StandingFindings}).
 *
 * <p>Bounded in bytes like every cache here ({@link BoundedCache}): {@link #BYTES_KEPT}, about 4,000 revisions of a
 * record with a dozen findings. Thread-safe.
 */
final class SavedRevisionFindings {

    /** The most the findings kept may weigh together. */
    static final long BYTES_KEPT = 8L << 20;

    private final BoundedCache<Key, Linted> kept = new BoundedCache<>(BYTES_KEPT, Linted::weight);
    /** The linter last asked with: when another is asked with, what the old one found is dropped. */
    private final AtomicReference<RecordLint> lastLint = new AtomicReference<>();
    private final AtomicLong linted = new AtomicLong();

    private record Key(String id, int revision, long savedAtMillis) {
    }

    private record Linted(RecordLint lint, int hash, List<Finding> findings) {
        long weight() {
            long w = BoundedCache.ENTRY_BYTES + 64;
            for (Finding f : findings) {
                w += 64 + BoundedCache.bytes(f.field()) + BoundedCache.bytes(f.excerpt()) + BoundedCache.bytes(f.why())
                        + BoundedCache.bytes(f.suggestion()) + BoundedCache.bytes(f.replacement());
            }
            return w;
        }
    }

    /**
     * The findings of a record as the store holds it (its current revision or an earlier one, unchanged) under
     * {@code lint}'s settings, none dismissed: linted only if this revision was not linted under {@code lint} yet.
     */
    List<Finding> underSettings(RecordLint lint, PostMortem saved) {
        if (saved.id() == null) { // not stored, so nothing names it
            linted.incrementAndGet();
            return lint.underSettings(saved);
        }
        RecordLint last = lastLint.getAndSet(lint);
        if (last != null && last != lint) {
            kept.removeIf(l -> l.lint() != lint);
        }
        Key key = new Key(saved.id(), saved.revision(),
                saved.lastUpdated() == null ? Long.MIN_VALUE : saved.lastUpdated().toEpochMilli());
        int hash = saved.hashCode();
        Linted held = kept.get(key);
        if (held != null && held.lint() == lint && held.hash() == hash) {
            return held.findings();
        }
        linted.incrementAndGet();
        List<Finding> found = List.copyOf(lint.underSettings(saved));
        kept.put(key, new Linted(lint, hash, found));
        return found;
    }

    /** How many times a record was linted here, for tests that hold a revision to being linted once. */
    long linted() {
        return linted.get();
    }
}
