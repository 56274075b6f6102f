package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one post-mortem.")
final class ShowCommand extends CommandBase implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The incident id, e.g. INC-2026-0042.")
    String id;

    @Option(names = "--json", description = "Print the canonical JSON record.")
    boolean json;

    @Option(names = "--revision", paramLabel = "N", description = "Show the record as it stood at revision N.")
    Integer revision;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        try (Session session = open(config)) {
            PostMortem record = revision == null ? session.incidents().get(id)
                    : session.incidents().revision(id, revision);
            out().print(json ? Json.writePretty(record) + "\n"
                    : IncidentText.render(record, session.incidents().conventions()));
        }
        return 0;
    }
}
