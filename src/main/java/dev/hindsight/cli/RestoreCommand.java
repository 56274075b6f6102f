package dev.hindsight.cli;

import dev.hindsight.backup.Backup;
import dev.hindsight.config.HindsightConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup made by 'hindsight export --all' into an empty store (SQLite or "
                + "PostgreSQL). The file is checked whole before anything is written."})
final class RestoreCommand extends CommandBase implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        HindsightConfig config = config();
        try (Session session = open(config)) {
            int count = new Backup(session.incidents(), session.clock()).restore(file);
            out().println("Restored " + count + (count == 1 ? " incident" : " incidents") + " into " + config.describeStore());
        }
        return 0;
    }
}
