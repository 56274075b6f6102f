package dev.hindsight.lint;

import dev.hindsight.importer.Imported;
import java.util.List;

/**
 * A document's findings at the lines they are on: the document is read as an import would read it, the record
 * checked, and each finding placed in the file. Stateless.
 */
public final class DocumentLint {

    private DocumentLint() {
    }

    public static List<Located> findings(ReviewAssistant assistant, Imported imported, String file) {
        return assistant.findings(imported.record()).stream()
                .map(f -> SourceLocations.locate(f, file, imported.report()))
                .toList();
    }

    /** The same, with the findings people are shown ({@link RecordLint}): what the API answers for a document. */
    public static List<Located> findings(RecordLint lint, Imported imported, String file) {
        return lint.findings(imported.record()).stream()
                .map(f -> SourceLocations.locate(f, file, imported.report()))
                .toList();
    }
}
