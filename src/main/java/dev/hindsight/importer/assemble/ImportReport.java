package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.ImportLog;
import java.util.List;

/**
 * What reading one document did, for the person importing it: which fields were read from which lines, the
 * guesses made, the sections kept as extra, the lines skipped and why, and for every source line where it went.
 * The CLI's {@code --explain}, the API and the web import page all show this.
 *
 * @param format  "markdown", "html" or "docx"
 * @param layout  the seed layout the document was recognised as ("review"), or "" when it matched none
 * @param fields  each field read, with its value in short and the lines it came from, in document order
 * @param guesses what was inferred rather than read
 * @param extras  headings of the sections kept as extra sections, with their lines
 * @param skipped lines not used, and why
 * @param notes   anything else worth saying (a word not on a configured list, kept as written)
 * @param lines   every non-blank source line and where it went
 */
public record ImportReport(String format, String layout, List<Field> fields, List<ImportLog.Guess> guesses,
                           List<Extra> extras, List<ImportLog.Skipped> skipped, List<String> notes,
                           List<LineUse> lines) {

    public ImportReport {
        layout = layout == null ? "" : layout;
        fields = List.copyOf(fields);
        guesses = List.copyOf(guesses);
        extras = List.copyOf(extras);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        lines = List.copyOf(lines);
    }

    /**
     * A field read from the document.
     *
     * @param field a path into the record as its JSON names it: "title", "timeline[3]", "actionItems[0]",
     *              "analysis.rootCause", "responders[2]"
     * @param value the value in short, as the person would recognise it
     * @param from  the lines it was read from
     */
    public record Field(String field, String value, List<Lines> from) {
        public Field {
            from = List.copyOf(from);
        }
    }

    /** A section with no field of its own, kept on the record under its heading. */
    public record Extra(String heading, Lines lines) {
    }

    /**
     * Where one source line went.
     *
     * @param line the line number, 1-based
     * @param text the line as written
     * @param use  one of "field", "extra", "context", "skipped"
     * @param to   the field path, the extra section's heading, what it was context for, or why it was skipped
     */
    public record LineUse(int line, String text, String use, String to) {
    }
}
