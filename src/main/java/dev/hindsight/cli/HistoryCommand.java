package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.StoredRevision;
import dev.hindsight.json.Json;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List every revision of a post-mortem: who, when, which fields.",
                "Read one back whole with: hindsight show ID --revision N"})
final class HistoryCommand extends CommandBase implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The incident id.")
    String id;

    @Option(names = "--json", description = "Print a JSON list.")
    boolean json;

    @Override
    public Integer call() {
        HindsightConfig config = store.load();
        try (Session session = Session.open(config)) {
            List<StoredRevision> revisions = session.incidents().history(id);
            if (json) {
                out().println(Json.writePretty(revisions));
                return 0;
            }
            for (StoredRevision r : revisions) {
                String changes = r.revision() == 1 ? "created" : String.join(", ", r.changes());
                out().printf("%4d  %s  %-16s %s%n", r.revision(), r.at(), r.author(), changes);
            }
        }
        return 0;
    }
}
