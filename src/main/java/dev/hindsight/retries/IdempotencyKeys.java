package dev.hindsight.retries;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Requests that carry an idempotency key, remembered per caller for {@link #KEPT}: the first claims the key,
 * and its answer is kept so that a retry (the client never saw the answer, or saw a broken connection) gets
 * that same answer instead of doing the work twice. In the database, so every node shares them. Thread-safe.
 */
public final class IdempotencyKeys {

    /** How long a key is remembered; a retry later than this is a new request. */
    public static final Duration KEPT = Duration.ofHours(24);
    /** The longest key accepted (the column's width). */
    public static final int KEY_MAX = 255;

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private final Database database;
    private final Clock clock;

    public IdempotencyKeys(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** An answer as it was sent: status, media type, the headers worth repeating, and the body. */
    public record Answer(int status, String contentType, Map<String, String> headers, String body) {
        public Answer {
            headers = Map.copyOf(headers);
        }
    }

    /** What claiming a key found. */
    public enum Outcome {
        /** Nobody had it: the caller does the work, then {@link #settle}s or {@link #release}s it. */
        CLAIMED,
        /** Done before with the same request: {@link Claim#answer()} is what it answered. */
        ANSWERED,
        /** Used before for a different request. */
        OTHER_REQUEST,
        /** Its first request has not finished, or failed in a way that leaves its outcome unknown. */
        IN_FLIGHT
    }

    /** The outcome of a claim, with the first answer when there is one. */
    public record Claim(Outcome outcome, Answer answer) {
    }

    /**
     * Claims {@code key} for {@code caller}'s request, known by its {@code fingerprint} (a digest of what was
     * asked). Keys older than {@link #KEPT} are forgotten first, everyone's, so the table stays small.
     */
    public Claim claim(String caller, String key, String fingerprint) {
        long now = clock.millis();
        return database.jdbi().inTransaction(h -> {
            h.createUpdate("DELETE FROM idempotency_keys WHERE created_at <= :expired")
                    .bind("expired", now - KEPT.toMillis()).execute();
            int claimed = h.createUpdate("""
                    INSERT INTO idempotency_keys (caller, idem_key, fingerprint, created_at)
                    VALUES (:caller, :key, :fingerprint, :now) ON CONFLICT (caller, idem_key) DO NOTHING""")
                    .bind("caller", caller).bind("key", key).bind("fingerprint", fingerprint).bind("now", now)
                    .execute();
            if (claimed == 1) {
                return new Claim(Outcome.CLAIMED, null);
            }
            return h.createQuery("""
                    SELECT fingerprint, status, content_type, headers, body FROM idempotency_keys
                    WHERE caller = :caller AND idem_key = :key""")
                    .bind("caller", caller).bind("key", key)
                    .map((rs, ctx) -> {
                        if (!fingerprint.equals(rs.getString("fingerprint"))) {
                            return new Claim(Outcome.OTHER_REQUEST, null);
                        }
                        int status = rs.getInt("status");
                        if (rs.wasNull()) {
                            return new Claim(Outcome.IN_FLIGHT, null);
                        }
                        return new Claim(Outcome.ANSWERED, new Answer(status, rs.getString("content_type"),
                                readHeaders(rs.getString("headers")), rs.getString("body")));
                    }).one();
        });
    }

    /** Keeps the answer to a claimed key's request, for its retries. */
    public void settle(String caller, String key, Answer answer) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                UPDATE idempotency_keys SET status = :status, content_type = :type, headers = :headers, body = :body
                WHERE caller = :caller AND idem_key = :key""")
                .bind("status", answer.status()).bind("type", answer.contentType())
                .bind("headers", Json.write(new LinkedHashMap<>(answer.headers()))).bind("body", answer.body())
                .bind("caller", caller).bind("key", key).execute());
    }

    /** Forgets a claimed key whose request did nothing (it was refused), so that a retry runs it afresh. */
    public void release(String caller, String key) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "DELETE FROM idempotency_keys WHERE caller = :caller AND idem_key = :key AND status IS NULL")
                .bind("caller", caller).bind("key", key).execute());
    }

    private static Map<String, String> readHeaders(String json) {
        try {
            return json == null ? Map.of() : Json.mapper().readValue(json, HEADERS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored headers are not a JSON object: " + json, e);
        }
    }
}
