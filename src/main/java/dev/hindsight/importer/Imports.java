package dev.hindsight.importer;

import dev.hindsight.importer.assemble.ImportReport;

import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.IncidentSummary;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;
import java.util.List;
import java.util.Optional;

/**
 * Brings documents into the store. Importing the same document again updates the record it made (found by
 * its incident id, or, for a document without one or whose id the importer cannot see, by its title and start),
 * so nothing is duplicated; the previous version stays in the record's history. Thread-safe.
 */
public final class Imports {

    private final DocumentImporter importer;
    private final ReadersView incidents;

    /** @param incidents the store as the importing person sees it: an import never touches what they cannot see */
    public Imports(DocumentImporter importer, ReadersView incidents) {
        this.importer = importer;
        this.incidents = incidents;
    }

    public enum Change { CREATED, UPDATED, UNCHANGED }

    /** What importing one document did. */
    /** @param layout the seed layout the document was read as, or null when it matched none */
    public record Outcome(Change change, String id, BuiltInTemplate layout, List<String> notes, ImportReport report) {
    }

    /**
     * Reads and stores one document.
     *
     * @param layout the layout, or null to detect it
     */
    public Outcome store(String text, BuiltInTemplate layout, String author) {
        return store(importer.read(text, layout), author);
    }

    /** Reads and stores one document in any format the importer knows (Markdown, HTML, .docx). */
    public Outcome store(byte[] content, BuiltInTemplate layout, String author) {
        return store(importer.read(content, layout), author);
    }

    /** Stores a document already read (and perhaps corrected by the person importing it). */
    public Outcome store(Imported imported, String author) {
        // Stored in the layout it came in, so its team sees and renders it the way they wrote it.
        PostMortem record = imported.layout() == null ? imported.record()
                : imported.record().toBuilder().layout(imported.layout().templateName()).build();
        Optional<PostMortem> existing = record.id() != null ? incidents.find(record.id()) : Optional.empty();
        if (existing.isEmpty() && (record.id() == null || !incidents.choosesIds())) {
            existing = sameIncident(record);
        }
        if (existing.isEmpty()) {
            List<String> notes = imported.notes();
            if (record.id() != null && !incidents.choosesIds()) {
                // Said the same whether the id is free or held by an incident this person may not see.
                notes = new java.util.ArrayList<>(notes);
                notes.add("the document's id " + record.id() + " was not kept: new incidents get an id issued by "
                        + "Hindsight (the operator's command line, hindsight import, keeps the document's own)");
                record = record.toBuilder().id(null).build();
            }
            PostMortem created = incidents.create(record, author);
            return new Outcome(Change.CREATED, created.id(), imported.layout(), notes, imported.report());
        }
        PostMortem current = existing.get();
        // The document does not know when it was stored; keep the store's own dates where it is silent.
        PostMortem replacement = record.toBuilder().id(current.id())
                .dateWritten(record.dateWritten() != null ? record.dateWritten() : current.dateWritten()).build();
        PostMortem saved = incidents.update(current.id(), current.revision(), replacement, author);
        Change change = saved.revision() == current.revision() ? Change.UNCHANGED : Change.UPDATED;
        return new Outcome(change, saved.id(), imported.layout(), imported.notes(), imported.report());
    }

    /** For a document without an id: the stored incident with the same title and the same start, if any. */
    private Optional<PostMortem> sameIncident(PostMortem record) {
        List<IncidentSummary> candidates = incidents.list(new IncidentQuery(null, null, null, null, record.title(), 0,
                50));
        return candidates.stream()
                .filter(c -> c.title().equalsIgnoreCase(record.title()))
                .filter(c -> java.util.Objects.equals(c.startedAt(), record.startedAt().orElse(null)))
                .findFirst().map(c -> incidents.get(c.id()));
    }
}
