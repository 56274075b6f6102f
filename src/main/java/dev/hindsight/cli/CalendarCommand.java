package dev.hindsight.cli;

import dev.hindsight.calendar.FeedKind;
import dev.hindsight.calendar.FeedToken;
import dev.hindsight.calendar.FeedTokens;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Calendar feeds (iCalendar) of due dates and review meetings, for calendar programs.",
        subcommands = {CalendarCommand.Add.class, CalendarCommand.ListFeeds.class, CalendarCommand.Revoke.class})
final class CalendarCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Make a feed and print its address once: the secret in it is stored only as a digest.")
    static final class Add extends CommandBase implements Callable<Integer> {
        @Option(names = "--user", paramLabel = "NAME", description = "Whose feed; it shows only what this account "
                + "may see (default: the author, env HINDSIGHT_AUTHOR or $USER).")
        String user;

        @Option(names = "--team", paramLabel = "NAME", description = "A team's feed instead of the user's own dates.")
        String team;

        @Option(names = "--label", paramLabel = "TEXT", description = "What it is for, e.g. \"phone\".")
        String label;

        @Option(names = "--url", paramLabel = "URL", description = "The address people reach Hindsight at, e.g. "
                + "https://hindsight.example.com (default http://HOST:PORT from the settings).")
        String url;

        @Override
        public Integer call() {
            HindsightConfig config = config();
            String base = base(config);
            String owner = user == null ? config.author() : user;
            try (Session session = open(config)) {
                FeedToken.Created created = new FeedTokens(session.database(), session.clock())
                        .create(owner, team == null ? FeedKind.PERSON : FeedKind.TEAM, team, label);
                out().println(base + "/calendar/" + created.secret() + ".ics");
                spec.commandLine().getErr().println("Calendar feed " + created.feed().id() + " ("
                        + created.feed().calendarName() + "). This is the only time its address is shown; revoke it "
                        + "with: hindsight calendar revoke " + created.feed().id());
            }
            return 0;
        }

        private String base(HindsightConfig config) {
            if (url == null) {
                String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
                return "http://" + host + ":" + config.port();
            }
            String stripped = url.strip().replaceAll("/+$", "");
            try {
                URI parsed = new URI(stripped);
                if (parsed.getHost() != null && ("http".equals(parsed.getScheme())
                        || "https".equals(parsed.getScheme())) && parsed.getQuery() == null) {
                    return stripped;
                }
            } catch (java.net.URISyntaxException e) {
                // refused below
            }
            throw InvalidInput.of("--url", "'" + url + "' is not an http or https address");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a user's feeds (never their "
            + "addresses).")
    static final class ListFeeds extends CommandBase implements Callable<Integer> {
        @Option(names = "--user", paramLabel = "NAME", description = "Whose feeds (default: the author).")
        String user;

        @Option(names = "--json", description = "Print a JSON list.")
        boolean json;

        @Override
        public Integer call() {
            HindsightConfig config = config();
            try (Session session = open(config)) {
                List<FeedToken> feeds = new FeedTokens(session.database(), session.clock())
                        .list(user == null ? config.author() : user);
                if (json) {
                    out().println(Json.writePretty(feeds));
                    return 0;
                }
                for (FeedToken f : feeds) {
                    out().printf("%-17s %-6s %-20s %-20s created %s%s%n", f.id(), f.kind().code(),
                            f.team().isEmpty() ? "-" : f.team(), f.label().isEmpty() ? "-" : f.label(), f.createdAt(),
                            f.active() ? "" : ", revoked " + f.revokedAt());
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a feed: its address answers 404 from now on.")
    static final class Revoke extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the feed's id (from calendar list)")
        String id;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                new FeedTokens(session.database(), session.clock()).revoke(null, id);
                out().println("Revoked calendar feed " + id + ".");
            }
            return 0;
        }
    }
}
