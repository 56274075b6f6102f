package dev.hindsight.importer;

import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;
import java.util.List;

/**
 * A document read into a record: the seed layout it was recognised as (null when it matched none), the record,
 * what the reading noted, and the full report of where each line went.
 */
public record Imported(BuiltInTemplate layout, PostMortem record, List<String> notes, ImportReport report) {
    public Imported {
        notes = List.copyOf(notes);
    }
}
