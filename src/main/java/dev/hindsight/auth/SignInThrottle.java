package dev.hindsight.auth;

import dev.hindsight.kernel.NetworkAddress;
import dev.hindsight.store.Database;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Slows password guessing without letting anyone lock an account. After {@link #PAIR_LIMIT} failures within
 * {@link #WINDOW} for one account from one address, that address waits before trying that account again; after
 * {@link #ADDRESS_LIMIT} failures from one address, whatever the accounts, the address waits for all of them.
 * Nothing counts failures of an account from everywhere: otherwise anyone could keep every account, the only
 * administrator's too, locked out by guessing badly on purpose. The owner signs in from their own address, and
 * the longest wait is {@link #WINDOW}. The command line clears an account's count ({@code users unlock}), and so
 * does a new password.
 *
 * <p>Failures are kept in the store (table {@code sign_in_failures}), so every node counts the same guesses and
 * the command line, another process, can clear them. Attempts on one node are taken one at a time; two nodes
 * racing can each let one more guess through, which the limits allow for.
 */
public final class SignInThrottle {

    /** Failures of one account from one address: a person mistyping gets five tries. */
    public static final int PAIR_LIMIT = 5;
    /** Failures from one address whatever the account: an office behind one address, or one guesser spraying. */
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int ACCOUNT_KEPT = 100;
    private static final int ADDRESS_KEPT = 64;

    private final Database database;
    private final Clock clock;
    private final Object[] stripes = new Object[64];

    public SignInThrottle(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** How long to wait before another attempt is accepted, or empty when one may be made now. */
    public Optional<Duration> wait(String account, String address) {
        long now = clock.millis();
        return database.jdbi().withHandle(h -> wait(h, accountKey(account), addressKey(address), now));
    }

    /**
     * Starts an attempt: empty when one may be made now, and then the attempt already counts as a failure until
     * {@link #succeeded(String, String)} says otherwise. Counting it before the password is checked stops guesses
     * sent all at once from all passing the check before any of them has failed.
     */
    public Optional<Duration> attempt(String account, String address) {
        long now = clock.millis();
        String who = accountKey(account);
        String where = addressKey(address);
        // Attempts from one address take turns on this node (so a burst cannot all pass before any has counted);
        // other addresses do not wait behind them, which matters when the database is slow to answer.
        synchronized (stripes[Math.floorMod(where.hashCode(), stripes.length)]) {
            return count(who, where, now);
        }
    }

    private Optional<Duration> count(String who, String where, long now) {
        return database.jdbi().inTransaction(h -> {
            h.createUpdate("DELETE FROM sign_in_failures WHERE failed_at <= :old")
                    .bind("old", now - WINDOW.toMillis()).execute();
            Optional<Duration> wait = wait(h, who, where, now);
            if (wait.isEmpty()) {
                insert(h, who, where, now);
            }
            return wait;
        });
    }

    public void failed(String account, String address) {
        long now = clock.millis();
        database.jdbi().useHandle(h -> insert(h, accountKey(account), addressKey(address), now));
    }

    /**
     * An attempt that proved the password: forgets this address's failures for this account (the attempt just
     * made among them), but not its failures for other accounts: one success must not reset a spray.
     */
    public void succeeded(String account, String address) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "DELETE FROM sign_in_failures WHERE account = :account AND address = :address")
                .bind("account", accountKey(account)).bind("address", addressKey(address)).execute());
    }

    /** Forgets every failure of an account, from every address: an administrator's way out of any wait. */
    public void unlock(String account) {
        database.jdbi().useHandle(h -> unlock(h, account));
    }

    /** The same inside a caller's transaction, so that setting a password and clearing the count go together. */
    static void unlock(Handle h, String account) {
        h.createUpdate("DELETE FROM sign_in_failures WHERE account = :account")
                .bind("account", accountKey(account)).execute();
    }

    private static Optional<Duration> wait(Handle h, String account, String address, long now) {
        long since = now - WINDOW.toMillis();
        // The wait ends when the limit-th most recent failure leaves the window, so further refused attempts
        // (never recorded) cannot lengthen it.
        Optional<Long> pair = h.createQuery("""
                        SELECT failed_at FROM sign_in_failures
                        WHERE account = :account AND address = :address AND failed_at > :since
                        ORDER BY failed_at DESC LIMIT 1 OFFSET :skip""")
                .bind("account", account).bind("address", address).bind("since", since)
                .bind("skip", PAIR_LIMIT - 1).mapTo(Long.class).findOne();
        Optional<Long> spray = h.createQuery("""
                        SELECT failed_at FROM sign_in_failures
                        WHERE address = :address AND failed_at > :since
                        ORDER BY failed_at DESC LIMIT 1 OFFSET :skip""")
                .bind("address", address).bind("since", since)
                .bind("skip", ADDRESS_LIMIT - 1).mapTo(Long.class).findOne();
        long until = Math.max(pair.orElse(Long.MIN_VALUE), spray.orElse(Long.MIN_VALUE));
        if (until == Long.MIN_VALUE) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(until + WINDOW.toMillis() - now));
    }

    private static void insert(Handle h, String account, String address, long now) {
        h.createUpdate("INSERT INTO sign_in_failures (account, address, failed_at) VALUES (:account, :address, :at)")
                .bind("account", account).bind("address", address).bind("at", now).execute();
    }

    /**
     * One key per address, except that an IPv6 address counts by its /64 network: one home or one cloud machine
     * is usually given a whole /64, and counting each of its addresses apart would give a guesser endless tries.
     */
    static String addressKey(String address) {
        Optional<InetAddress> parsed = NetworkAddress.parse(address);
        if (parsed.isPresent()) {
            return parsed.get() instanceof Inet6Address ? HexFormat.of().formatHex(parsed.get().getAddress(), 0, 8)
                    + "::/64" : parsed.get().getHostAddress();
        }
        String key = address == null ? "" : address.strip();
        return key.length() > ADDRESS_KEPT ? key.substring(0, ADDRESS_KEPT) : key;
    }

    /** Names as people type them; longer than any account name may be, a name is cut (it matches no account). */
    private static String accountKey(String account) {
        String key = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return key.length() > ACCOUNT_KEPT ? key.substring(0, ACCOUNT_KEPT) : key;
    }
}
