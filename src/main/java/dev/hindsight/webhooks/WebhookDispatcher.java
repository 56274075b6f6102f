package dev.hindsight.webhooks;

import dev.hindsight.store.Database;
import dev.hindsight.store.StoreUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the webhooks of one node: every {@link #POLL} it fans out new events and makes the attempts that are due,
 * a few in parallel. All its state is in the database, so a restarted node (or another node) carries on where this
 * one stopped, and any number of nodes may run one on the same database: each attempt is claimed by one of them.
 * Thread-safe; {@link #start()} once, {@link #close()} once.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** How often a running dispatcher looks for work; events go out about this long after they happen. */
    static final Duration POLL = Duration.ofSeconds(1);
    /**
     * How long a claimed attempt is this node's. Well above the longest an attempt can take ({@link
     * WebhookSender#TOTAL}), so a live node never loses its attempt to another; a dead node's attempt is made again
     * (as the next attempt) once it runs out.
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int SENDERS = 4;
    private static final int BATCH = 16;
    private static final int FAN_OUT_BATCH = 200;
    /** Rounds per run: each can release the next event of an incident whose earlier one was just delivered. */
    private static final int ROUNDS = 25;

    private final Deliveries deliveries;
    private final Clock clock;
    private final RetrySchedule schedule;
    private final RandomGenerator random;
    private final WebhookSender sender = new WebhookSender();
    private final ExecutorService senders;
    private ScheduledExecutorService ticker;
    private volatile boolean closing;

    WebhookDispatcher(Database database, Clock clock) {
        this(database, clock, RetrySchedule.STANDARD, new java.util.Random());
    }

    /** @param random for the retry schedule's jitter; must be thread-safe (several attempts settle at once) */
    WebhookDispatcher(Database database, Clock clock, RetrySchedule schedule, RandomGenerator random) {
        this.deliveries = new Deliveries(database);
        this.clock = clock;
        this.schedule = schedule;
        this.random = random;
        this.senders = Executors.newFixedThreadPool(SENDERS, named("hindsight-webhook-sender"));
    }

    /** Starts polling in the background. */
    public synchronized void start() {
        if (ticker != null) {
            throw new IllegalStateException("the dispatcher is already started");
        }
        ticker = Executors.newSingleThreadScheduledExecutor(named("hindsight-webhooks"));
        ticker.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            runOnce();
        } catch (StoreUnavailable e) {
            LOG.warn("webhooks: the database did not answer ({}); trying again in {} s", e.getMessage(),
                    POLL.toSeconds());
        } catch (RuntimeException e) {
            // Never let one bad round end the schedule: the next tick tries again.
            LOG.error("webhooks: a dispatch round failed", e);
        }
    }

    /**
     * One round, as the background poll makes it: fans out every new event, then makes every attempt that is due
     * now, including those that become due as earlier events of their incident are delivered. Returns the number of
     * attempts this node made. Tests call it instead of waiting for the poll.
     */
    public int runOnce() {
        for (int i = 0; i < 50 && !closing && deliveries.fanOut(clock.instant(), FAN_OUT_BATCH) > 0; i++) {
            // fanned out a batch; look for more
        }
        int made = 0;
        for (int round = 0; round < ROUNDS && !closing; round++) {
            List<Deliveries.Due> due = deliveries.due(clock.instant(), BATCH);
            if (due.isEmpty()) {
                break;
            }
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (Deliveries.Due d : due) {
                attempts.add(senders.submit(() -> attempt(d)));
            }
            int claimed = 0;
            for (Future<Boolean> attempt : attempts) {
                try {
                    claimed += attempt.get() ? 1 : 0;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return made + claimed;
                }
            }
            made += claimed;
            if (claimed == 0) {
                break;
            }
        }
        return made;
    }

    /** Claims, sends and records one attempt; false when another node had claimed it. */
    private boolean attempt(Deliveries.Due due) {
        Optional<Deliveries.Attempt> claimed = deliveries.claim(due, clock.instant(), LEASE);
        if (claimed.isEmpty()) {
            return false;
        }
        Deliveries.Attempt attempt = claimed.get();
        WebhookSender.Reply reply = attempt.body() == null
                ? new WebhookSender.Reply(null, "the event no longer exists", null)
                : sender.send(attempt.url(), attempt.eventId(), clock.instant(), attempt.body(), attempt.secret());
        Instant now = clock.instant();
        if (reply.delivered()) {
            deliveries.settle(attempt, reply, now, null, null);
        } else if (reply.gone() || attempt.body() == null) {
            // 410 Gone: the receiver says this URL will never take events again. Trying it for a day would only
            // fill the log, so the endpoint is disabled; an administrator enables it again, and what waited is sent.
            deliveries.settle(attempt, reply, now, null, reply.gone()
                    ? "the receiver answered 410 Gone on " + now : null);
        } else {
            deliveries.settle(attempt, reply, now, schedule.next(attempt.number(), now, random).orElse(null), null);
        }
        if (!reply.delivered()) {
            // The endpoint's URL and the error only; never the body or the secret.
            LOG.info("webhooks: attempt {} of delivery {} to endpoint {} failed: {}", attempt.number(),
                    attempt.deliveryId(), attempt.endpointId(), reply.error());
        }
        return true;
    }

    /** Stops polling and waits for the attempts under way (at most about {@link WebhookSender#TOTAL}). */
    @Override
    public void close() {
        // A round under way stops after its batch or round of attempts, not after all 50: a server asked to stop
        // with a backlog of events to fan out stopped only after 10,000 of them (5 s and more).
        closing = true;
        ScheduledExecutorService running;
        synchronized (this) {
            running = ticker;
        }
        if (running != null) {
            running.shutdown();
            awaitQuietly(running);
        }
        senders.shutdown();
        awaitQuietly(senders);
    }

    private static void awaitQuietly(ExecutorService service) {
        try {
            if (!service.awaitTermination(WebhookSender.TOTAL.toSeconds() * 2, TimeUnit.SECONDS)) {
                // An attempt that is still waiting is abandoned; its lease runs out and it is made again.
                service.shutdownNow();
            }
        } catch (InterruptedException e) {
            service.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
