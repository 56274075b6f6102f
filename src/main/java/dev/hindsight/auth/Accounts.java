package dev.hindsight.auth;

import dev.hindsight.kernel.BoundedCache;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Local accounts and API tokens. Passwords are kept as Argon2id hashes and tokens as SHA-256 digests: the
 * store never holds a secret that would let someone in. A token is shown once, when it is made.
 *
 * <p>Every API request checks its token here, so a token found valid is believed for {@link #TOKEN_RECHECK}
 * without asking the store again: a busy server answers from memory. A token revoked through this object is
 * refused at once; one revoked elsewhere (the command line is another process, or another node shares the
 * PostgreSQL database) is refused within {@link #TOKEN_RECHECK}. Thread-safe.
 */
public final class Accounts {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final int PASSWORD_MIN = 12;
    private static final int PASSWORD_MAX = 1024;
    private static final String TOKEN_PREFIX = "hst_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a valid token is believed before the store is asked again: the longest a revocation waits. */
    public static final Duration TOKEN_RECHECK = Duration.ofSeconds(1);
    /** Only tokens found valid are kept, so made-up tokens cannot fill it; some tens of thousands fit. */
    private static final long TOKEN_BYTES_KEPT = 8L << 20;

    private final Database database;
    private final Clock clock;
    private final BoundedCache<String, Checked> checkedTokens = new BoundedCache<>(TOKEN_BYTES_KEPT,
            c -> BoundedCache.ENTRY_BYTES + 64 + 160 + BoundedCache.bytes(c.user().name())
                    + c.user().groups().stream().mapToLong(g -> 48 + BoundedCache.bytes(g)).sum());
    /** Moves on at every revocation here; a token checked before one is checked again. */
    private final AtomicLong revocations = new AtomicLong();

    /** A token digest's account as the store gave it, when, and how many revocations had been made then. */
    private record Checked(User user, long atMillis, long revocations) {
    }

    public Accounts(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** An API token as listed: never the token itself. */
    public record Token(String id, String user, String label, Instant createdAt, Instant revokedAt) {
    }

    /** A token just made: {@code secret} is shown to its owner once and kept nowhere. */
    public record NewToken(Token token, String secret) {
    }

    public User createUser(String name, Role role, String password) {
        return createUser(name, role, password, java.util.Set.of());
    }

    /** Creates an account in the given groups (restricted incidents can name a group instead of people). */
    public User createUser(String name, Role role, String password, java.util.Set<String> groups) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", "'" + name + "' is not a user name: letters, digits and . _ @ -, "
                    + "at most 100"));
        }
        if (role == null) {
            problems.add(new FieldProblem("role", "is required (viewer, editor or admin)"));
        }
        if (password == null || password.length() < PASSWORD_MIN) {
            problems.add(new FieldProblem("password", "must be at least " + PASSWORD_MIN + " characters"));
        } else if (password.length() > PASSWORD_MAX) {
            problems.add(new FieldProblem("password", "must be at most " + PASSWORD_MAX + " characters"));
        }
        for (String group : groups) {
            if (!NAME.matcher(group).matches()) {
                problems.add(new FieldProblem("groups", "'" + group + "' is not a group name: letters, digits and "
                        + ". _ @ -"));
            }
        }
        // The store keeps them joined by commas in GROUPS_MAX characters.
        int joined = String.join(",", groups).length();
        if (joined > GROUPS_MAX) {
            problems.add(new FieldProblem("groups", "are " + joined + " characters together (with a comma between);"
                    + " at most " + GROUPS_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = now();
        String hash = PasswordHash.of(password);
        database.jdbi().useTransaction(h -> {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM users WHERE name = :name").bind("name", name)
                    .mapTo(Integer.class).one() > 0;
            if (taken) {
                throw InvalidInput.of("name", "user '" + name + "' already exists");
            }
            h.createUpdate("""
                    INSERT INTO users (name, role, password_hash, created_at, groups_list)
                    VALUES (:name, :role, :hash, :at, :groups)""")
                    .bind("name", name).bind("role", role.code()).bind("hash", hash).bind("at", now.toEpochMilli())
                    .bind("groups", String.join(",", new java.util.TreeSet<>(groups))).execute();
        });
        return new User(name, role, now, groups);
    }

    public Optional<User> user(String name) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT name, role, created_at, groups_list FROM users WHERE name = :n")
                .bind("n", name).map((rs, ctx) -> user(rs)).findOne());
    }

    public List<User> users() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT name, role, created_at, groups_list FROM users ORDER BY name")
                .map((rs, ctx) -> user(rs)).list());
    }

    /** Maps a row with the columns name, role, created_at and groups_list. */
    static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
        String groups = rs.getString("groups_list");
        return new User(rs.getString("name"), dev.hindsight.kernel.Coded.parse(Role.class, rs.getString("role")),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                groups == null || groups.isBlank() ? java.util.Set.of() : java.util.Set.of(groups.split(",")));
    }

    public int userCount() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one());
    }

    /** The account, if the password is right. Takes as long for an unknown name as for a wrong password. */
    public Optional<User> signIn(String name, String password) {
        Optional<String> hash = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT password_hash FROM users WHERE name = :n").bind("n", name).mapTo(String.class).findOne());
        boolean ok = PasswordHash.matches(password == null ? "" : password, hash.orElse(DUMMY_HASH));
        return ok && hash.isPresent() ? user(name) : Optional.empty();
    }

    /** Active tokens one account may hold: far past any use (a feed's bound is 50). */
    static final int TOKENS_ACTIVE_MAX = 50;
    /** A token's label, as the store keeps it (api_tokens.label). */
    private static final int LABEL_MAX = 200;
    /** An account's groups joined by commas, as the store keeps them (users.groups_list). */
    private static final int GROUPS_MAX = 1000;
    private static final String DUMMY_HASH = PasswordHash.of("not a real password, only for timing");

    public NewToken createToken(String userName, String label) {
        User user = user(userName).orElseThrow(() -> new NotFound("user '" + userName + "'"));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String id = HexFormat.of().formatHex(random, 0, 6);
        Instant now = now();
        String about = label == null ? "" : label.strip();
        if (about.length() > LABEL_MAX || about.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw InvalidInput.of("label", "must be one line of at most " + LABEL_MAX + " characters");
        }
        database.jdbi().useTransaction(h -> {
            // Every token is kept and listed on its owner's page: a bound on the active ones, as feeds have. The
            // account's row is written first, so two creations at once take turns (a row lock on PostgreSQL, the
            // write lock on SQLite) and the second counts the first's token: counted then inserted side by side,
            // both would see 49 and make 51.
            h.createUpdate("UPDATE users SET role = role WHERE name = :user").bind("user", user.name()).execute();
            int active = h.createQuery("SELECT COUNT(*) FROM api_tokens WHERE user_name = :user AND revoked_at IS NULL")
                    .bind("user", user.name()).mapTo(Integer.class).one();
            if (active >= TOKENS_ACTIVE_MAX) {
                throw InvalidInput.of("token", "at most " + TOKENS_ACTIVE_MAX + " tokens may be active at once: "
                        + "revoke one you no longer use first");
            }
            h.createUpdate("""
                    INSERT INTO api_tokens (id, user_name, label, token_digest, created_at)
                    VALUES (:id, :user, :label, :digest, :at)""")
                    .bind("id", id).bind("user", user.name()).bind("label", about).bind("digest", digest(secret))
                    .bind("at", now.toEpochMilli()).execute();
        });
        return new NewToken(new Token(id, user.name(), about, now, null), secret);
    }

    /**
     * The account a token belongs to, if the token is real and not revoked: from memory when the store said so
     * less than {@link #TOKEN_RECHECK} ago and nothing was revoked here since, else from the store.
     */
    public Optional<User> userForToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String digest = digest(secret);
        long now = clock.millis();
        // Read before the store is asked: a revocation committed after this read moves it on, so what the
        // store answers below is then never believed.
        long revoked = revocations.get();
        Checked checked = checkedTokens.get(digest);
        if (checked != null && checked.revocations() == revoked && now >= checked.atMillis()
                && now - checked.atMillis() < TOKEN_RECHECK.toMillis()) {
            return Optional.of(checked.user());
        }
        Optional<User> user = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT u.name, u.role, u.created_at, u.groups_list FROM api_tokens t
                        JOIN users u ON u.name = t.user_name
                        WHERE t.token_digest = :d AND t.revoked_at IS NULL""")
                .bind("d", digest).map((rs, ctx) -> user(rs)).findOne());
        if (user.isPresent()) {
            checkedTokens.put(digest, new Checked(user.get(), now, revoked));
        } else {
            checkedTokens.remove(digest);
        }
        return user;
    }

    public List<Token> tokens(String userName) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT id, user_name, label, created_at, revoked_at FROM api_tokens WHERE user_name = :u
                        ORDER BY created_at""").bind("u", userName)
                .map((rs, ctx) -> {
                    long revoked = rs.getLong("revoked_at");
                    boolean active = rs.wasNull(); // read before any other column: wasNull is about the last one
                    return new Token(rs.getString("id"), rs.getString("user_name"), rs.getString("label"),
                            Instant.ofEpochMilli(rs.getLong("created_at")), active ? null : Instant.ofEpochMilli(revoked));
                }).list());
    }

    public void revokeToken(String id) {
        int changed = database.jdbi().withHandle(h -> h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id).bind("at", now().toEpochMilli()).execute());
        // After the store has it: every token checked before now is checked again on its next use.
        revocations.incrementAndGet();
        if (changed == 0) {
            throw new NotFound("active token " + id);
        }
    }

    /**
     * The owner's own change of password: signs the account out of every browser and clears its failed
     * sign-ins, in one transaction. API tokens are kept: they are credentials of their own, listed and revoked
     * one by one on the account page, and a routine change must not break the scripts that use them.
     */
    public void changePassword(String name, String password) {
        setPassword(name, password, false);
    }

    /**
     * An administrator's reset, for someone who lost their password or whose account may be in someone else's
     * hands: as {@link #changePassword}, and unless {@code keepTokens} also revokes every API token of the
     * account, since whoever had the account could have made some. Returns how many tokens were revoked.
     */
    public int resetPassword(String name, String password, boolean keepTokens) {
        return setPassword(name, password, !keepTokens);
    }

    private int setPassword(String name, String password, boolean revokeTokens) {
        if (password == null || password.length() < PASSWORD_MIN) {
            throw InvalidInput.of("password", "must be at least " + PASSWORD_MIN + " characters");
        }
        if (password.length() > PASSWORD_MAX) {
            throw InvalidInput.of("password", "must be at most " + PASSWORD_MAX + " characters");
        }
        String hash = PasswordHash.of(password);
        long now = now().toEpochMilli();
        int revoked = database.jdbi().inTransaction(h -> {
            int changed = h.createUpdate("UPDATE users SET password_hash = :hash WHERE name = :n")
                    .bind("hash", hash).bind("n", name).execute();
            if (changed == 0) {
                throw new NotFound("user '" + name + "'");
            }
            h.createUpdate("DELETE FROM web_sessions WHERE user_name = :n").bind("n", name).execute();
            SignInThrottle.unlock(h, name);
            return revokeTokens ? h.createUpdate(
                            "UPDATE api_tokens SET revoked_at = :at WHERE user_name = :n AND revoked_at IS NULL")
                    .bind("at", now).bind("n", name).execute() : 0;
        });
        // After the store has it, as for one token: every token checked before now is checked again.
        revocations.incrementAndGet();
        return revoked;
    }

    /** Counts failed sign-ins of these accounts, in the same store and on the same clock. */
    public SignInThrottle throttle() {
        return new SignInThrottle(database, clock);
    }

    /** Browser sessions of these accounts, in the same store and on the same clock. */
    public Sessions sessions() {
        return new Sessions(database, clock);
    }

    public java.time.Clock clock() {
        return clock;
    }

    /** A strong random password for the first administrator. */
    public static String randomPassword() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String digest(String secret) {
        return Digest.sha256(secret);
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
