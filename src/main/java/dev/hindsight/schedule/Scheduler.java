package dev.hindsight.schedule;

import dev.hindsight.store.Database;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own clockwork: every tick, each job whose period has come is claimed in the store and, if this node
 * won the claim, run here. One thread per node; several nodes on one database run each job once per period between
 * them. Tests call {@link #runDue()} directly with a clock they move. Thread-safe: ticks never overlap.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    /** How often the thread looks for due jobs: minute jobs start within this of their minute. */
    public static final Duration TICK = Duration.ofSeconds(15);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ScheduleRuns runs;
    private final Clock clock;
    private final ZoneId zone;
    private final String node;
    private final List<ScheduledJob> jobs;
    private ScheduledExecutorService thread;

    /**
     * @param zone the organisation's zone, in which days begin
     * @param node this node's name in the claims (see {@link #nodeName()})
     */
    public Scheduler(Database database, Clock clock, ZoneId zone, String node, List<ScheduledJob> jobs) {
        this.runs = new ScheduleRuns(database);
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
        this.node = Objects.requireNonNull(node, "node is null");
        List<ScheduledJob> all = new ArrayList<>(jobs);
        all.add(new ScheduledJob("schedule.prune", Cadence.dailyAt(LocalTime.of(3, 0)),
                run -> runs.prune(run.startedAt())));
        this.jobs = List.copyOf(all);
    }

    /** A name for this process that no other node shares: host, process id and a few random bytes. */
    public static String nodeName() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        String runtime = ManagementFactory.getRuntimeMXBean().getName();
        String name = runtime + "-" + HexFormat.of().formatHex(random);
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /**
     * Runs, in the calling thread, every job whose current period nobody has claimed yet. A job that fails is
     * logged and its claim given back, so the next tick (here or on another node) tries it again.
     *
     * @return the runs this node did and finished, in order
     */
    public synchronized List<Run> runDue() {
        List<Run> done = new ArrayList<>();
        for (ScheduledJob job : jobs) {
            Instant now = clock.instant();
            Optional<String> period = job.cadence().period(now, zone);
            if (period.isEmpty()) {
                continue;
            }
            Run run = new Run(job.name(), period.get(), now, zone);
            try {
                if (!runs.claim(job.name(), run.period(), node, now)) {
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not claim {} for {}: {}", job.name(), run.period(), e.getMessage());
                continue;
            }
            try {
                job.work().run(run);
                runs.finish(job.name(), run.period(), node, clock.instant());
                done.add(run);
            } catch (Exception e) {
                LOG.warn("{} for {} failed; it runs again on a later tick", job.name(), run.period(), e);
                try {
                    runs.release(job.name(), run.period(), node);
                } catch (RuntimeException again) {
                    LOG.warn("Could not give back {} for {}: {}", job.name(), run.period(), again.getMessage());
                }
            }
        }
        return done;
    }

    /** Starts the one thread that ticks every {@link #TICK}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the scheduler is already running");
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hindsight-scheduler");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Scheduler started on node {} with jobs {}", node, jobs.stream().map(ScheduledJob::name).toList());
    }

    private void tick() {
        try {
            runDue();
        } catch (RuntimeException e) {
            // Never let one bad tick end the thread: the executor would silently stop scheduling.
            LOG.warn("Scheduler tick failed", e);
        }
    }

    /** Stops the thread, letting a run in progress finish (for up to ten seconds). */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = thread;
            thread = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
