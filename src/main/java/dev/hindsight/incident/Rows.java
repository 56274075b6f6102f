package dev.hindsight.incident;

import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * What every writer of an incident's rows shares: each takes the records of one or many incidents and writes each
 * of its tables in one statement or one batch, so a save (one record) and a restore or a reindex (hundreds) run the
 * same SQL, and PostgreSQL is asked once per table rather than once per incident. Stateless.
 */
final class Rows {

    private Rows() {
    }

    /** The records' ids, in their order, for an {@code IN (<ids>)}. */
    static List<String> ids(List<PostMortem> records) {
        return records.stream().map(PostMortem::id).toList();
    }

    /** Runs the batch if anything was added to it (a batch of no rows is never sent), and closes it either way. */
    static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        } else {
            batch.close();
        }
    }
}
