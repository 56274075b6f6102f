package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rewrite every row derived from the incidents' records (search text, services, access...) "
                + "from the records as stored, a batch per transaction, while the server may keep running.",
                "Never needed after an upgrade (the store brings outdated rows up to date when it opens); for a "
                + "store whose derived rows are suspected wrong. Progress and the summary go to stderr.",
                "When this configuration's conventions differ from those the servers recorded for the finding counts, "
                + "it refuses, naming what differs, unless given " + ConventionsInForce.ADOPT + "."})
final class ReindexCommand extends CommandBase implements Callable<Integer> {

    @Option(names = ConventionsInForce.ADOPT, description = ConventionsInForce.ADOPT_HELP)
    boolean adoptConventions;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        PrintWriter err = spec.commandLine().getErr();
        GenerationProgress progress = new GenerationProgress(err, Terminal.stderrIsTerminal(),
                "reindex: %,d of %,d incidents rewritten");
        long began = System.nanoTime();
        int rewritten;
        try (Session session = open(config)) {
            // Rewritten under this configuration's conventions: only when they are the ones in force.
            if (!ConventionsInForce.agreed(session.incidents().findingRecount(), adoptConventions,
                    "hindsight reindex", session.clock().instant(), err)) {
                return Main.BAD_INPUT;
            }
            rewritten = session.incidents().reindex(progress::stored);
        } finally {
            progress.done();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        err.println(String.format(Locale.ROOT, "Reindexed %,d incidents in %s in %.1f s.", rewritten,
                config.describeStore(), seconds));
        return 0;
    }
}
