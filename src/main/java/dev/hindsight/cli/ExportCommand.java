package dev.hindsight.cli;

import dev.hindsight.backup.Backup;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a complete backup: every incident with every revision, as one JSON file.",
                "Restore it into an empty store of either kind with: hindsight restore FILE"})
final class ExportCommand extends CommandBase implements Callable<Integer> {

    @Option(names = "--all", description = "Export everything (required; for one record use show ID --json).")
    boolean all;

    @Parameters(paramLabel = "FILE", description = "Where to write the backup.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!all) {
            throw InvalidInput.of("--all", "is required: export writes a complete backup "
                    + "(for one record use: hindsight show ID --json)");
        }
        if (java.nio.file.Files.isDirectory(file)) {
            throw InvalidInput.of("FILE", file + " is a folder; give the path of the file to write");
        }
        HindsightConfig config = config();
        try (Session session = open(config)) {
            int count = new Backup(session.incidents(), session.clock()).export(file);
            out().println("Exported " + count + (count == 1 ? " incident" : " incidents") + " with their history to " + file);
        }
        return 0;
    }
}
