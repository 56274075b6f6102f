package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.Incidents;
import dev.hindsight.store.Database;
import java.time.Clock;

/** An open store for the length of one command, with the one clock everything in it uses. */
record Session(HindsightConfig config, Database database, Incidents incidents, Clock clock) implements AutoCloseable {

    static Session open(HindsightConfig config, Clock clock) {
        Database database = config.openDatabase();
        return new Session(config, database, new Incidents(database, config.conventions(), clock), clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
