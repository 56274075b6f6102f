package dev.hindsight.importer.layouts;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;

/** Reads a filled-in document in one layout into a record. One per built-in layout; stateless, thread-safe. */
public interface LayoutReader {

    BuiltInTemplate layout();

    /**
     * How strongly the document looks like this layout: 0 for not at all, higher for more of its headings
     * and labels present. The importer picks the highest.
     */
    int score(SourceDocument document);

    /** The record the document holds. Sections it takes are marked; the rest become extra sections. */
    PostMortem read(SourceDocument document, ImportContext context);
}
