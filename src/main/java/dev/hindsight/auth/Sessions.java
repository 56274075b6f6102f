package dev.hindsight.auth;

import dev.hindsight.store.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Browser sessions: made when someone signs in, ended when they sign out or when the session grows too old.
 * The browser holds the secret in a cookie; the store holds its digest. Each session also has a CSRF token,
 * derived from the secret so that only a page served to that browser can know it.
 */
public final class Sessions {

    /** How long a sign-in lasts; a working week of reviews without signing in again every morning. */
    public static final Duration LIFETIME = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;

    public Sessions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A signed-in browser: who, and the token its forms must send back. */
    public record Session(User user, String csrfToken, Instant expiresAt) {
    }

    /** Starts a session for a user who has just proved who they are; returns the cookie's secret. */
    public String start(User user) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long now = clock.millis();
        database.jdbi().useTransaction(h -> {
            // Expired sessions are cleared here rather than by a timer, so no node needs a background job.
            h.createUpdate("DELETE FROM web_sessions WHERE expires_at < :now").bind("now", now).execute();
            h.createUpdate("""
                    INSERT INTO web_sessions (secret_digest, user_name, created_at, expires_at)
                    VALUES (:d, :u, :now, :exp)""")
                    .bind("d", Digest.sha256(secret)).bind("u", user.name()).bind("now", now)
                    .bind("exp", now + LIFETIME.toMillis()).execute();
        });
        return secret;
    }

    /** The session a cookie's secret belongs to, if it exists and has not expired. */
    public Optional<Session> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        long now = clock.millis();
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT u.name, u.role, u.created_at, u.groups_list, s.expires_at FROM web_sessions s
                        JOIN users u ON u.name = s.user_name
                        WHERE s.secret_digest = :d AND s.expires_at > :now""")
                .bind("d", Digest.sha256(secret)).bind("now", now)
                .map((rs, ctx) -> new Session(Accounts.user(rs), csrfToken(secret),
                        Instant.ofEpochMilli(rs.getLong("expires_at"))))
                .findOne());
    }

    /** Signs out: the secret stops working at once, on every node. */
    public void end(String secret) {
        if (secret == null) {
            return;
        }
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM web_sessions WHERE secret_digest = :d")
                .bind("d", Digest.sha256(secret)).execute());
    }

    /** Ends every session of a user, for when their password changes or their account is withdrawn. */
    public void endAll(String userName) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM web_sessions WHERE user_name = :u")
                .bind("u", userName).execute());
    }

    private static String csrfToken(String secret) {
        return Digest.sha256("csrf:" + secret).substring(0, 43);
    }
}
