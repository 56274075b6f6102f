package dev.hindsight.importer;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.BuiltInTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads filled-in post-mortems in any of the five layouts, working out which layout a document is in unless
 * told. Whatever a reader cannot place is kept on the record as an extra section, and noted. Thread-safe.
 */
public final class DocumentImporter {

    private final List<LayoutReader> readers;
    private final Conventions conventions;

    public DocumentImporter(Conventions conventions) {
        this(conventions, Readers.all());
    }

    DocumentImporter(Conventions conventions, List<LayoutReader> readers) {
        this.conventions = conventions;
        this.readers = List.copyOf(readers);
    }

    /** The layout the document looks most like, if it looks like any. */
    public Optional<BuiltInTemplate> detect(String text) {
        return best(SourceDocument.parse(FollowThroughAppendix.split(text).body())).map(LayoutReader::layout);
    }

    /** The reader whose layout the document looks most like; each reader scores it once. */
    private Optional<LayoutReader> best(SourceDocument document) {
        LayoutReader best = null;
        int bestScore = 0;
        for (LayoutReader reader : readers) {
            int score = reader.score(document);
            if (score > bestScore) {
                best = reader;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads a document.
     *
     * @param layout the layout to read it as, or null to detect it
     * @throws InvalidInput when the layout cannot be told, or the document has no title
     */
    public Imported read(String text, BuiltInTemplate layout) {
        // The follow-through appendix is the same in every layout: cut off here, laid over what the reader found.
        FollowThroughAppendix.Split split = FollowThroughAppendix.split(text);
        SourceDocument document = SourceDocument.parse(split.body());
        LayoutReader reader = layout == null ? best(document).orElseThrow(() -> InvalidInput.of("template",
                "cannot tell which layout this document is in; name one with --template ("
                        + String.join(", ", BuiltInTemplate.names()) + ")"))
                : readers.stream().filter(r -> r.layout() == layout).findFirst()
                .orElseThrow(() -> InvalidInput.of("template", "no reader for " + layout.templateName()));
        BuiltInTemplate chosen = reader.layout();
        ImportContext context = new ImportContext(conventions);
        PostMortem record = split.appendix().applyTo(reader.read(document, context),
                conventions.actionPolicy(), context);
        List<ExtraSection> untaken = document.untaken();
        for (ExtraSection extra : untaken) {
            context.note("section '" + extra.heading() + "' has no field of its own; kept as an extra section");
        }
        if (record.title().isBlank()) {
            throw InvalidInput.of("title", "the document has no title (or only the template's placeholder)");
        }
        if (untaken.isEmpty()) {
            return new Imported(chosen, record, context.notes()); // building the record again would change nothing
        }
        List<ExtraSection> extras = new ArrayList<>(record.extraSections());
        extras.addAll(untaken);
        return new Imported(chosen, record.toBuilder().extraSections(extras).build(), context.notes());
    }
}
