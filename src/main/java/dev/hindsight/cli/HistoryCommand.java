package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.StoredRevision;
import dev.hindsight.json.Json;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.OrganisationLintSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List every revision of a post-mortem (who, when, which fields) and every finding dismissed "
                + "or reinstated on it (who, when, why), in time order.",
                "Read one back whole with: hindsight show ID --revision N"})
final class HistoryCommand extends CommandBase implements Callable<Integer> {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Parameters(paramLabel = "ID", description = "The incident id.")
    String id;

    @Option(names = "--json", description = "Print a JSON list.")
    boolean json;

    private record Line(Instant at, String text) {
    }

    private static String when(Instant at, HindsightConfig config) {
        return WHEN.format(at.atZone(config.timeZone()));
    }

    @Override
    public Integer call() {
        HindsightConfig config = config();
        try (Session session = open(config)) {
            List<StoredRevision> revisions = session.incidents().history(id);
            if (json) {
                // The revisions only, as ever; the dismissals as JSON: hindsight lint dismissals ID --json.
                out().println(Json.writePretty(revisions));
                return 0;
            }
            List<Dismissal> dismissals = new FindingDismissals(session.database(),
                    new OrganisationLintSettings(session.database(), session.incidents().conventions(),
                            session.clock()), session.clock()).of(id);
            List<Line> lines = new ArrayList<>();
            for (StoredRevision r : revisions) {
                String changes = r.revision() == 1 ? "created" : String.join(", ", r.changes());
                lines.add(new Line(r.at(), String.format("%4d  %s  %-16s %s", r.revision(), when(r.at(), config),
                        r.author(), changes)));
            }
            for (Dismissal d : dismissals) {
                lines.add(new Line(d.dismissedAt(), String.format("   -  %s  %-16s %s", when(d.dismissedAt(), config),
                        d.dismissedBy(), DismissalCommands.line(d) + " (dismissal " + d.number() + ")")));
                if (!d.standing()) {
                    lines.add(new Line(d.reinstatedAt(), String.format("   -  %s  %-16s reinstated dismissal %d (%s [%s])",
                            when(d.reinstatedAt(), config), d.reinstatedBy(), d.number(), d.rule(), d.field())));
                }
            }
            // Stable: a revision and a dismissal made in the same millisecond keep that order.
            lines.sort(Comparator.comparing(Line::at));
            lines.forEach(l -> out().println(l.text()));
        }
        return 0;
    }
}
