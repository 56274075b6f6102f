package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the store is, for every command that opens it. Flags win over environment and config file. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the embedded SQLite store "
            + "(env HINDSIGHT_DATA_DIR, default ./hindsight-data).")
    Path dataDir;

    @Option(names = "--database-url", paramLabel = "URL", description = "PostgreSQL JDBC URL instead of SQLite "
            + "(env HINDSIGHT_DATABASE_URL).")
    String databaseUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (env HINDSIGHT_CONFIG, "
            + "default ./hindsight.properties when present).")
    Path configFile;

    @Option(names = "--author", paramLabel = "NAME", description = "Who to record as making the change "
            + "(env HINDSIGHT_AUTHOR, default $USER).")
    String author;

    HindsightConfig load(Map<Setting, String> more, Map<String, String> environment) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.putAll(more);
        if (dataDir != null) {
            flags.put(Setting.DATA_DIR, dataDir.toString());
        }
        if (databaseUrl != null) {
            flags.put(Setting.DATABASE_URL, databaseUrl);
        }
        if (author != null) {
            flags.put(Setting.AUTHOR, author);
        }
        return HindsightConfig.load(flags, environment, configFile);
    }
}
