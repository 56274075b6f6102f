package dev.hindsight.lint;

import dev.hindsight.importer.Imported;
import dev.hindsight.incident.PostMortem;
import java.util.List;

/**
 * A document's findings at the lines they are on: the document is read as an import would read it, the record
 * checked, and each finding placed in the file. Stateless.
 */
public final class DocumentLint {

    private DocumentLint() {
    }

    public static List<Located> findings(ReviewAssistant assistant, Imported imported, String file) {
        return assistant.findings(withLayout(imported)).stream()
                .map(f -> SourceLocations.locate(f, file, imported.report()))
                .toList();
    }

    /** The record in the layout it was recognised as, so the rules know which template's sections it needs. */
    private static PostMortem withLayout(Imported imported) {
        PostMortem record = imported.record();
        return record.layout().isEmpty() && imported.layout() != null
                ? record.toBuilder().layout(imported.layout().templateName()).build() : record;
    }
}
