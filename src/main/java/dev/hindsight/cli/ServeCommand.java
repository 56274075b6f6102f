package dev.hindsight.cli;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.config.Setting;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.incident.FindingRecount;
import dev.hindsight.mail.Mailroom;
import dev.hindsight.nodes.Presence;
import dev.hindsight.nodes.ServingNodes;
import dev.hindsight.schedule.OverdueSweep;
import dev.hindsight.schedule.ScheduledJob;
import dev.hindsight.schedule.Scheduler;
import dev.hindsight.web.HttpServer;
import dev.hindsight.webhooks.WebhookDispatcher;
import dev.hindsight.webhooks.Webhooks;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run Hindsight over HTTP (GET /health/live: the process answers; GET /health/ready and /health: "
                + "the database answers too and this server's conventions are the ones in force, else 503).")
final class ServeCommand extends CommandBase implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (env HINDSIGHT_PORT, default 8080).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (env HINDSIGHT_HOST, "
            + "default 127.0.0.1; 0.0.0.0 for other machines).")
    String host;

    @Option(names = "--demo", description = "Load a handful of realistic demo incidents (once; safe to repeat).")
    boolean demo;

    @Option(names = ConventionsInForce.ADOPT, description = ConventionsInForce.SERVE_ADOPT_HELP)
    boolean adoptConventions;

    @Override
    public Integer call() throws InterruptedException {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        if (port != null) {
            flags.put(Setting.PORT, port.toString());
        }
        if (host != null) {
            flags.put(Setting.HOST, host);
        }
        HindsightConfig config = config(flags);
        Session session = open(config);
        HttpServer server;
        Scheduler scheduler;
        WebhookDispatcher webhooks;
        FindingRecount recount;
        Presence presence = null;
        String node = Scheduler.nodeName();
        try {
            recount = session.incidents().findingRecount();
            ServingNodes nodes = new ServingNodes(session.database(), session.clock());
            // Not while a server under other conventions runs (the two would disagree), unless told to.
            if (!ConventionsInForce.mayServe(recount, nodes, adoptConventions, spec.commandLine().getErr())) {
                session.close();
                return Main.BAD_INPUT;
            }
            firstAdministrator(session);
            if (demo) {
                int loaded = DemoIncidents.load(session.incidents(), "demo");
                out().println("Loaded " + loaded + " demo incidents.");
            }
            AtomicReference<Presence> standing = new AtomicReference<>();
            server = HttpServer.start(config, session.database(), session.incidents(), new Accounts(session.database(), session.clock()),
                    new OrganisationTemplates(session.database(), session.clock(), OrganisationLayouts::recountWhenSectionsChange),
                    config.host(), config.port(),
                    () -> standing.get() == null || standing.get().underConventionsInForce());
            // Listening: only now are this node's conventions put in force, so a node that cannot start replaces
            // nothing; then it says it runs, and readiness follows whether they stay in force.
            recount.adoptConventions("serve on " + node, session.clock().instant());
            presence = Presence.start(nodes, node, recount.conventionsFingerprint(), session.clock().instant(),
                    recount::underConventionsInForce);
            standing.set(presence);
            scheduler = schedule(config, session, node);
            // Every node sends webhooks; the database hands each attempt to one of them.
            webhooks = new Webhooks(session.database(), session.clock()).dispatcher();
            webhooks.start();
            // Every node looks for counts behind the lint settings; on PostgreSQL they claim batches, so each row is counted once.
            recount.start();
        } catch (RuntimeException e) {
            if (presence != null) {
                presence.close(); // a node that never served must not hold others back for a minute
            }
            session.close();
            throw e;
        }
        out().println("Hindsight is running at http://" + displayHost(config.host()) + ":" + server.port()
                + "/ with " + config.describeStore() + ". Sign in at http://" + displayHost(config.host()) + ":"
                + server.port() + "/signin. Press Ctrl+C to stop.");
        CountDownLatch stopped = new CountDownLatch(1);
        Presence serving = presence;
        // The JVM is leaving: stop taking requests and close the store here, before it does.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            scheduler.close();
            // Lets the attempts under way finish and record their outcome before the store closes.
            webhooks.close();
            recount.close();
            serving.close();
            session.close();
            stopped.countDown();
        }, "hindsight-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * The server's own periodic jobs (overdue action items, mail), on one thread of this node; other nodes on the
     * same database run the same jobs, and each period's run happens on one of them.
     */
    private static Scheduler schedule(HindsightConfig config, Session session, String node) {
        java.util.List<ScheduledJob> jobs = new java.util.ArrayList<>();
        jobs.add(new OverdueSweep(session.database(), session.incidents(), session.clock()).job());
        jobs.addAll(Mailroom.jobs(session.database(), session.clock(), config.smtp(), config.baseUrl()));
        Scheduler scheduler = new Scheduler(session.database(), session.clock(), config.timeZone(), node, jobs);
        scheduler.start();
        return scheduler;
    }

    /** The first start makes an administrator with a random password, shown once: there is no default password. */
    private void firstAdministrator(Session session) {
        Accounts accounts = new Accounts(session.database(), session.clock());
        if (accounts.userCount() == 0) {
            String password = Accounts.randomPassword();
            accounts.createUser("admin", Role.ADMIN, password);
            out().println("Created the first administrator 'admin' with password: " + password);
            out().println("Sign in to the web pages as admin with it; change it with: hindsight users password admin "
                    + "--password-stdin");
            out().println("The password is shown only now. API token for it: hindsight tokens create admin; more "
                    + "people: hindsight users create NAME --role editor --password-stdin");
        }
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }

    /** The settings shown under {@code serve --help}, each with its variable, file key and default. */
    static String settingsHelp() {
        StringBuilder out = new StringBuilder("%nSettings, each from a flag, else the environment, else the config "
                + "file, else the default:%n");
        for (Setting s : Setting.values()) {
            String value = s.isSecret() ? "secret, no default" : s.defaultValue().isEmpty() ? "default empty"
                    : "default " + s.defaultValue();
            out.append(String.format("  %s  (file key %s; %s)%n      %s%n", s.environmentVariable(), s.key(), value,
                    s.description()).replace("%", "%%"));
        }
        out.append("%nConfig file: --config or HINDSIGHT_CONFIG, else ./hindsight.properties%n"
                + "when present, with one 'key = value' per line.%n");
        return out.toString();
    }
}
