package dev.hindsight.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after {@link #LIMIT} failed sign-ins within {@link #WINDOW} for one account, or from
 * one address, further attempts are refused until the oldest failure leaves the window. Counting both keys stops
 * one address trying many accounts and many addresses trying one. Kept in memory, so each node counts its own
 * attempts; behind a load balancer the limit is per node, which still bounds guessing to a handful a minute.
 */
public final class SignInThrottle {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us spend on keys; the oldest keys are forgotten first. */
    private static final int KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > KEYS;
        }
    };

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait before another attempt is accepted, or empty when one may be made now. */
    public synchronized Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(account, address)) {
            Deque<Instant> times = recent(key, now);
            if (times != null && times.size() >= LIMIT) {
                Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /**
     * Starts an attempt: empty when one may be made now, and then the attempt already counts as a failure until
     * {@link #succeeded(String, String)} says otherwise. Counting it before the password is checked stops guesses
     * sent all at once from all passing the check before any of them has failed.
     */
    public synchronized Optional<Duration> attempt(String account, String address) {
        Optional<Duration> wait = wait(account, address);
        if (wait.isEmpty()) {
            failed(account, address);
        }
        return wait;
    }

    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        for (String key : keys(account, address)) {
            failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
            recent(key, now);
        }
    }

    /** A good password clears the account's count, not the address's: one success must not reset a spray. */
    public synchronized void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    /** An {@link #attempt} that proved the password: clears the account's count and takes the attempt back. */
    public synchronized void succeeded(String account, String address) {
        succeeded(account);
        String key = addressKey(address);
        Deque<Instant> times = failures.get(key);
        if (times != null) {
            times.pollLast();
            if (times.isEmpty()) {
                failures.remove(key);
            }
        }
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        while (times.size() > LIMIT) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return null;
        }
        return times;
    }

    private static String[] keys(String account, String address) {
        return new String[] {accountKey(account), addressKey(address)};
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    private static String accountKey(String account) {
        String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        // No account name is longer than 100; a longer one is cut, so its key cannot hold a megabyte of form.
        return "account:" + (name.length() > 101 ? name.substring(0, 101) : name);
    }
}
