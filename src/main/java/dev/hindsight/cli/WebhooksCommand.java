package dev.hindsight.cli;

import dev.hindsight.json.Json;
import dev.hindsight.webhooks.Delivery;
import dev.hindsight.webhooks.EventTypes;
import dev.hindsight.webhooks.WebhookEndpoint;
import dev.hindsight.webhooks.Webhooks;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Outbound webhooks: endpoints that receive incident events, signed (Standard Webhooks). "
                + "A running 'hindsight serve' sends them.",
        subcommands = {WebhooksCommand.ListEndpoints.class, WebhooksCommand.Add.class, WebhooksCommand.Remove.class,
                WebhooksCommand.Enable.class, WebhooksCommand.Disable.class, WebhooksCommand.Deliveries.class,
                WebhooksCommand.Replay.class})
final class WebhooksCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the endpoints (never their secrets).")
    static final class ListEndpoints extends CommandBase implements Callable<Integer> {
        @Option(names = "--json", description = "Print a JSON list.")
        boolean json;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                List<WebhookEndpoint> endpoints = new Webhooks(session.database(), session.clock()).endpoints();
                if (json) {
                    out().println(Json.write(endpoints));
                    return 0;
                }
                for (WebhookEndpoint e : endpoints) {
                    out().printf("%-28s %-8s %s  events: %s%s%n", e.id(), e.enabled() ? "enabled" : "disabled",
                            e.url(), e.eventTypes().isEmpty() ? "all" : String.join(",", e.eventTypes()),
                            e.disabledReason() == null ? "" : " (" + e.disabledReason() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Register an endpoint and print its signing secret once (the receiver checks signatures "
                    + "with it).")
    static final class Add extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "URL", description = "where to POST events (http or https)")
        String url;

        @Option(names = "--events", split = ",", paramLabel = "TYPE",
                description = "Event types to send (comma-separated; default all): ${COMPLETION-CANDIDATES}",
                completionCandidates = Types.class)
        List<String> events;

        @Option(names = "--description", paramLabel = "TEXT", description = "What it is for.")
        String description;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                Webhooks.Registered registered = new Webhooks(session.database(), session.clock())
                        .register(url, description, events, session.config().author());
                out().println(registered.secret().reveal());
                spec.commandLine().getErr().println("Endpoint " + registered.endpoint().id() + " for " + url
                        + ". The signing secret above is shown only now: give it to the receiver.");
            }
            return 0;
        }
    }

    /** The event types, for --events' help and completion. */
    static final class Types implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return EventTypes.ALL.iterator();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an endpoint and its delivery log.")
    static final class Remove extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the endpoint's id (from webhooks list)")
        String id;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                new Webhooks(session.database(), session.clock()).remove(id);
                out().println("Removed endpoint " + id + ".");
            }
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Enable an endpoint; what waited for it is sent.")
    static final class Enable extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the endpoint's id")
        String id;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                new Webhooks(session.database(), session.clock()).change(id, true, null, null, null);
                out().println("Enabled endpoint " + id + ".");
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an endpoint: nothing is sent to it, and it gets no new events, until enabled.")
    static final class Disable extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the endpoint's id")
        String id;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                new Webhooks(session.database(), session.clock()).change(id, false, null, null, null);
                out().println("Disabled endpoint " + id + ".");
            }
            return 0;
        }
    }

    @Command(name = "deliveries", mixinStandardHelpOptions = true,
            description = "An endpoint's delivery log, newest first.")
    static final class Deliveries extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the endpoint's id")
        String id;

        @Option(names = "--limit", paramLabel = "N", description = "At most this many (1-500, default 50).")
        int limit = 50;

        @Option(names = "--json", description = "Print a JSON list.")
        boolean json;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                List<Delivery> log = new Webhooks(session.database(), session.clock()).deliveries(id, limit);
                if (json) {
                    out().println(Json.write(log));
                    return 0;
                }
                for (Delivery d : log) {
                    out().printf("%-36s %-9s %-24s %s #%d  attempts %d%s%s%s%n", d.id(), d.state().code(),
                            d.eventType(), d.incidentId(), d.seq(), d.attempts(),
                            d.lastStatus() == null ? "" : ", last HTTP " + d.lastStatus(),
                            d.lastError() == null ? "" : ", " + d.lastError(),
                            d.nextAttemptAt() == null ? "" : ", next " + d.nextAttemptAt());
                }
            }
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Send a delivery's event again (a new delivery with the same webhook-id).")
    static final class Replay extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "DELIVERY", description = "the delivery's id (from webhooks deliveries)")
        String id;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                Delivery replay = new Webhooks(session.database(), session.clock()).replay(id);
                out().println("Queued delivery " + replay.id() + " of event " + replay.eventId()
                        + "; a running server sends it within a second.");
            }
            return 0;
        }
    }
}
