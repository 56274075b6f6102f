package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.StoredRevision;
import dev.hindsight.json.Json;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List every revision of a post-mortem: who, when, which fields.",
                "Read one back whole with: hindsight show ID --revision N"})
final class HistoryCommand extends CommandBase implements Callable<Integer> {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Parameters(paramLabel = "ID", description = "The incident id.")
    String id;

    @Option(names = "--json", description = "Print a JSON list.")
    boolean json;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        try (Session session = open(config)) {
            List<StoredRevision> revisions = session.incidents().history(id);
            if (json) {
                out().println(Json.writePretty(revisions));
                return 0;
            }
            for (StoredRevision r : revisions) {
                String changes = r.revision() == 1 ? "created" : String.join(", ", r.changes());
                out().printf("%4d  %s  %-16s %s%n", r.revision(), WHEN.format(r.at().atZone(config.timeZone())),
                        r.author(), changes);
            }
        }
        return 0;
    }
}
