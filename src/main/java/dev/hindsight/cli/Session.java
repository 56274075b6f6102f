package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.Incidents;
import dev.hindsight.store.Database;
import java.time.Clock;

/** An open store for the length of one command. */
record Session(HindsightConfig config, Database database, Incidents incidents) implements AutoCloseable {

    static Session open(HindsightConfig config) {
        Database database = config.openDatabase();
        return new Session(config, database, new Incidents(database, config.conventions(), Clock.systemUTC()));
    }

    @Override
    public void close() {
        database.close();
    }
}
