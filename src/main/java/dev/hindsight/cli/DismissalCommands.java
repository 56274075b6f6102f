package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.json.Json;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.OrganisationLintSettings;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Dismissing a stored incident's findings with a reason, reinstating them, and listing what was dismissed. */
final class DismissalCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private DismissalCommands() {
    }

    /** The dismissals of an incident, as the operator (who sees every incident) acts on them. */
    private static <T> T withDismissals(CommandBase command, Action<T> action) {
        HindsightConfig config = command.config();
        try (Session session = command.open(config)) {
            FindingDismissals dismissals = new FindingDismissals(session.database(),
                    new OrganisationLintSettings(session.database(), session.incidents().conventions(),
                            session.clock()), session.clock());
            return action.run(dismissals, session.incidents().as(Principal.operator(config.author())), config);
        }
    }

    private interface Action<T> {
        T run(FindingDismissals dismissals, ReadersView view, HindsightConfig config);
    }

    /** One line for a dismissal: its number, the finding it stands for, and why. */
    static String line(Dismissal d) {
        String excerpt = d.excerpt().isEmpty() ? "" : " \"" + d.excerpt().replaceAll("\\s+", " ") + "\"";
        return "dismissed " + d.rule() + " [" + d.field() + "]" + excerpt + ": " + d.reason().replaceAll("\\s+", " ");
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = {"Dismiss one of a stored incident's findings, with the reason it does not apply.",
                "Name the finding as 'hindsight lint ID --format json' gives it: its rule, field and excerpt. The "
                        + "dismissal holds while that sentence stands, and goes into the incident's history."})
    static final class Dismiss extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INCIDENT-ID", description = "The incident id.")
        String id;

        @Option(names = "--rule", paramLabel = "RULE", required = true, description = "The finding's rule id.")
        String rule;

        @Option(names = "--field", paramLabel = "FIELD", required = true, description = "The finding's field, "
                + "e.g. analysis.rootCause.summary.")
        String field;

        @Option(names = "--excerpt", paramLabel = "TEXT", defaultValue = "", description = "The finding's excerpt "
                + "(leave out for a finding on a whole field).")
        String excerpt;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it does not apply.")
        String reason;

        @Override
        public Integer call() {
            Dismissal made = withDismissals(this, (dismissals, view, config) -> dismissals.dismiss(view, id,
                    new FindingDismissals.Request(rule, field, excerpt, reason), config.author()));
            out().println("Dismissed " + made.rule() + " on " + made.field() + " of " + made.incidentId()
                    + " as dismissal " + made.number() + ".");
            return 0;
        }
    }

    @Command(name = "reinstate", mixinStandardHelpOptions = true,
            description = "Reinstate a dismissed finding: it shows again while its sentence stands. The dismissal "
                    + "stays in the incident's history.")
    static final class Reinstate extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INCIDENT-ID", description = "The incident id.")
        String id;

        @Parameters(index = "1", paramLabel = "N", description = "The dismissal's number "
                + "(see hindsight lint dismissals ID).")
        int number;

        @Override
        public Integer call() {
            Dismissal done = withDismissals(this, (dismissals, view, config) ->
                    dismissals.reinstate(view, id, number, config.author()));
            out().println("Reinstated dismissal " + done.number() + " (" + done.rule() + " on " + done.field()
                    + ") of " + done.incidentId() + ".");
            return 0;
        }
    }

    @Command(name = "dismissals", mixinStandardHelpOptions = true,
            description = "List the findings dismissed on a stored incident, standing and reinstated.")
    static final class Dismissals extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INCIDENT-ID", description = "The incident id.")
        String id;

        @Option(names = "--json", description = "Print a JSON list.")
        boolean json;

        @Override
        public Integer call() {
            HindsightConfig config = config();
            List<Dismissal> all = withDismissals(this, (dismissals, view, c) -> dismissals.list(view, id));
            if (json) {
                out().println(Json.writePretty(all));
                return 0;
            }
            for (Dismissal d : all) {
                out().printf("%4d  %s  %-16s %s%n", d.number(), WHEN.format(d.dismissedAt().atZone(config.timeZone())),
                        d.dismissedBy(), line(d));
                if (!d.standing()) {
                    out().printf("      reinstated %s by %s%n", WHEN.format(d.reinstatedAt().atZone(config.timeZone())),
                            d.reinstatedBy());
                }
            }
            return 0;
        }
    }
}
