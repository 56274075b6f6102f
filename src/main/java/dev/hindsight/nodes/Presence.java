package dev.hindsight.nodes;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running server's place among the {@link ServingNodes}: it beats every {@link ServingNodes#BEAT} and, with each
 * beat, asks again whether its conventions are still the ones in force. When another node has put others in force
 * (started with {@code --adopt-conventions}), this one would answer pages and checks under conventions no longer the
 * installation's, so readiness reports it ({@link #underConventionsInForce()}) and a load balancer stops sending it
 * requests until it is restarted with the new configuration.
 */
public final class Presence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Presence.class);

    private final ServingNodes nodes;
    private final String node;
    private final String conventions;
    private final Instant startedAt;
    private final BooleanSupplier inForce;
    private final ScheduledExecutorService beats;
    private volatile boolean underConventionsInForce = true;

    private Presence(ServingNodes nodes, String node, String conventions, Instant startedAt, BooleanSupplier inForce) {
        this.nodes = Objects.requireNonNull(nodes, "nodes is null");
        this.node = Objects.requireNonNull(node, "node is null");
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt is null");
        this.inForce = Objects.requireNonNull(inForce, "inForce is null");
        this.beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hindsight-presence");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Says {@code node} is running now and every beat from now on.
     *
     * @param conventions the digest of the conventions this node judges findings by
     * @param inForce     whether they are the ones in force, asked at each beat
     */
    public static Presence start(ServingNodes nodes, String node, String conventions, Instant startedAt,
                                 BooleanSupplier inForce) {
        Presence presence = new Presence(nodes, node, conventions, startedAt, inForce);
        presence.beat(); // in the caller's thread: a store that refuses the first beat stops the start
        long period = ServingNodes.BEAT.toMillis();
        presence.beats.scheduleWithFixedDelay(presence::beatQuietly, period, period, TimeUnit.MILLISECONDS);
        return presence;
    }

    /** Whether this node's conventions were the ones in force at its last beat. */
    public boolean underConventionsInForce() {
        return underConventionsInForce;
    }

    void beat() {
        nodes.beat(node, conventions, startedAt);
        boolean now = inForce.getAsBoolean();
        if (underConventionsInForce && !now) {
            LOG.warn("another node put other conventions in force: this node ({}) now answers /health/ready with 503 "
                    + "so that a load balancer sends it nothing; restart it with the configuration in force", node);
        }
        underConventionsInForce = now;
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            // The store is down or busy: readiness says so on its own; the next beat tries again.
            LOG.warn("could not say this node is running; trying again in {} s", ServingNodes.BEAT.toSeconds(), e);
        }
    }

    /** Stops beating and says this node is gone. */
    @Override
    public void close() {
        beats.shutdownNow();
        try {
            beats.awaitTermination(5, TimeUnit.SECONDS);
            nodes.leave(node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("could not say this node stopped; others take it for gone after {} s",
                    ServingNodes.GONE_AFTER.toSeconds(), e);
        }
    }
}
