package dev.hindsight.importer;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;
import java.util.List;

/**
 * A document read into a record: which layout it was read as, the record, and what the reader noted (sections
 * kept as extras, rows it could not read, words it had to map).
 */
public record Imported(BuiltInTemplate layout, PostMortem record, List<String> notes) {
    public Imported {
        notes = List.copyOf(notes);
    }
}
