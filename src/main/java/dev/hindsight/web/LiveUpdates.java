package dev.hindsight.web;

import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.StoredRevision;
import dev.hindsight.json.Json;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells open incident pages when their incident changes (server-sent events). It asks the store for the watched
 * incidents' revisions a few times a second rather than listening inside this process, so a change made through
 * another node, the API or the command line arrives the same way. Each watcher's access is checked again before
 * anything is sent, so an incident made restricted stops reaching those it now hides from.
 */
final class LiveUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private static final long POLL_MILLIS = 300;
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final Incidents incidents;
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hindsight-live-updates");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastHeartbeat = System.currentTimeMillis();

    private record Watcher(SseClient client, Principal principal) {
    }

    LiveUpdates(Incidents incidents) {
        this.incidents = incidents;
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Refuses a reader who may not see the incident with 404, as every other page does, before any stream opens. */
    void check(io.javalin.http.Context ctx) {
        Caller.require(ctx, dev.hindsight.auth.Role.VIEWER);
        incidents.as(Caller.principal(ctx)).get(ctx.pathParam("id"));
    }

    void subscribe(SseClient client) {
        Caller.require(client.ctx(), dev.hindsight.auth.Role.VIEWER);
        Principal principal = Caller.principal(client.ctx());
        String id = client.ctx().pathParam("id");
        int revision = incidents.as(principal).get(id).revision(); // 404 for an incident the reader cannot see
        Watcher watcher = new Watcher(client, principal);
        seen.putIfAbsent(id, revision);
        watchers.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(watcher);
        client.onClose(() -> forget(id, watcher));
        client.sendEvent("watching", Json.write(Map.of("revision", revision)));
        client.keepAlive();
    }

    /** Stops checking for changes, when the server stops; without it the checks would go on against a closed store. */
    void stop() {
        poller.shutdownNow();
        watchers.clear();
    }

    private void forget(String id, Watcher watcher) {
        watchers.computeIfPresent(id, (k, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
        if (!watchers.containsKey(id)) {
            seen.remove(id);
        }
    }

    private void poll() {
        try {
            if (watchers.isEmpty()) {
                return;
            }
            Map<String, Integer> now = incidents.currentRevisions(Set.copyOf(watchers.keySet()));
            for (Map.Entry<String, Integer> e : now.entrySet()) {
                Integer before = seen.put(e.getKey(), e.getValue());
                if (before != null && e.getValue() > before) {
                    announce(e.getKey(), before);
                }
            }
            if (System.currentTimeMillis() - lastHeartbeat > HEARTBEAT_MILLIS) {
                lastHeartbeat = System.currentTimeMillis();
                watchers.forEach((id, set) -> set.forEach(w -> send(id, w, c -> c.sendComment("still here"))));
            }
        } catch (dev.hindsight.store.StoreUnavailable e) {
            LOG.warn("live updates: could not check for changes: {}", e.getMessage()); // an outage, not a bug
        } catch (RuntimeException e) {
            LOG.warn("live updates: could not check for changes", e);
        }
    }

    /** Each watcher hears of the revisions it may see (see ReadersView#history), or is closed if it sees none. */
    private void announce(String id, int since) {
        for (Watcher w : watchers.getOrDefault(id, Set.of())) {
            var view = incidents.as(w.principal());
            if (view.find(id).isEmpty()) {
                w.client().close();
                continue;
            }
            List<StoredRevision> newer = view.history(id).stream().filter(r -> r.revision() > since).toList();
            if (newer.isEmpty()) {
                continue;
            }
            StoredRevision last = newer.get(newer.size() - 1);
            List<String> authors = newer.stream().map(StoredRevision::author).distinct().toList();
            List<String> changes = newer.stream().flatMap(r -> r.changes().stream()).distinct().limit(20).toList();
            String event = Json.write(Map.of("revision", last.revision(), "authors", authors, "changes", changes));
            send(id, w, c -> c.sendEvent("changed", event));
        }
    }

    /**
     * Sends to one watcher; one whose browser has gone is forgotten here, whatever its own close callback does, so a
     * dead connection is never written to again on every poll.
     */
    private void send(String id, Watcher w, java.util.function.Consumer<io.javalin.http.sse.SseClient> message) {
        try {
            message.accept(w.client());
        } catch (RuntimeException e) {
            LOG.debug("live updates: a watcher of {} is gone: {}", id, e.toString());
        }
        if (w.client().terminated()) {
            forget(id, w);
        }
    }
}
