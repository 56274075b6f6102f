package dev.hindsight.incident;

import dev.hindsight.json.Json;
import dev.hindsight.kernel.BoundedCache;
import dev.hindsight.kernel.NotFound;
import java.time.Clock;
import java.time.Duration;

/**
 * The current revision of the incidents read lately, kept in memory so that a busy API answers reads without
 * reading and parsing the record each time. A change saved through this process replaces its entry as soon as
 * it is committed, so the next read shows it. A change saved elsewhere (the command line is another process;
 * other nodes share a PostgreSQL database) is seen within {@link #RECHECK}: an entry older than that is
 * checked against the store's revision with one indexed query, and read again only if it moved.
 *
 * <p>Entries are whole records, restricted ones too: who may see one is decided by the caller on every read,
 * against the {@link Access} of the revision held here. Thread-safe.
 */
final class CurrentRecords {

    /** The longest a change saved by another process or node goes unseen here. */
    static final Duration RECHECK = Duration.ofSeconds(1);
    /** Sized in bytes: records range from a kilobyte to the largest body the API takes. */
    private static final long BYTES_KEPT = 64L << 20;

    private final IncidentStore store;
    private final Clock clock;
    private final BoundedCache<String, Current> cache = new BoundedCache<>(BYTES_KEPT,
            c -> BoundedCache.ENTRY_BYTES + 3 * BoundedCache.bytes(c.json())); // the text and the parsed record

    /** A record at its current revision, its canonical JSON as stored, and when the store last confirmed it. */
    record Current(PostMortem record, String json, long checkedAtMillis) {
    }

    CurrentRecords(IncidentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The incident's current revision, whoever may see it; NotFound if there is no such incident. */
    Current get(String id) {
        long now = clock.millis();
        Current held = cache.get(id);
        if (held != null && now >= held.checkedAtMillis()
                && now - held.checkedAtMillis() < RECHECK.toMillis()) {
            return held;
        }
        if (held != null) {
            PostMortem record = held.record();
            long updated = record.lastUpdated().toEpochMilli();
            boolean unchanged = store.version(id)
                    .map(v -> v.revision() == record.revision() && v.updatedAtMillis() == updated).orElse(false);
            if (unchanged) {
                return keep(id, new Current(record, held.json(), now));
            }
        }
        StoredJson stored = store.storedJson(id).orElseThrow(() -> {
            cache.remove(id);
            return new NotFound("incident " + id);
        });
        return keep(id, new Current(Json.read(stored.json(), PostMortem.class), stored.json(), now));
    }

    /** A revision this process has just committed; replaces an older one at once. */
    void saved(PostMortem record) {
        keep(record.id(), new Current(record, Json.write(record), clock.millis()));
    }

    /** After a restore, which writes incidents without going through {@link #saved}. */
    void forgetAll() {
        cache.clear();
    }

    /**
     * Keeps the higher revision of the two, so that a reader which read before a write committed cannot put
     * the old revision back after the writer put the new one.
     */
    private Current keep(String id, Current current) {
        cache.merge(id, current, (held, young) -> {
            int a = held.record().revision();
            int b = young.record().revision();
            return b > a || (b == a && young.checkedAtMillis() > held.checkedAtMillis()) ? young : held;
        });
        return current;
    }
}
