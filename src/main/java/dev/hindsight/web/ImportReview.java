package dev.hindsight.web;

import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.severity.SeverityLevel;
import dev.hindsight.severity.SeverityScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the import page shows: per document, the corrections form and, from the import report, each field read
 * with the source lines beside it, the guesses, the sections kept as extra, the lines skipped and why, and where
 * every line went. Only views: the page's handlers read and save (see {@link ImportPage}).
 */
public final class ImportReview {

    private ImportReview() {
    }

    /** The review page: every document of the upload, and what stopped a save (empty when nothing did). */
    public record View(Frame frame, List<Document> documents, List<FieldProblem> problems, boolean anyUnsaved) {
    }

    /** The upload form, with what was wrong with the last upload. */
    public record UploadView(Frame frame, List<FieldProblem> problems, int maxDocuments, long maxKib) {
    }

    /** A source line: its number, its text, and where it went (field, extra, context, skipped). */
    public record SourceLine(int number, String text, String use, String to) {
    }

    /** A field read, with the lines it was read from. */
    public record FieldRead(String field, String value, List<SourceLine> from) {
    }

    public record Guess(String field, String what, String where) {
    }

    public record Extra(String heading, String where) {
    }

    public record Skipped(String where, String reason, List<SourceLine> lines) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /**
     * One document.
     *
     * @param titleFrom     the lines the title came from
     * @param titleLocated  true when the report does not say where the title came from and {@code titleFrom} are
     *                      the lines holding the title's words (the seed layouts' readers report by section)
     * @param readFailure   why the document could not be read at all, or empty
     */
    public record Document(int index, String anchor, String file, String format, String layout, String title, String severity,
                           String readLevel, String readLabel, List<Option> severities, String rest, String report,
                           List<SourceLine> titleFrom, boolean titleLocated, List<FieldRead> fields,
                           List<Guess> guesses, List<Extra> extras, List<Skipped> skipped, List<String> notes,
                           List<SourceLine> lines, boolean reportMissing, List<FieldProblem> problems,
                           String savedChange, String savedId, List<FieldProblem> readFailure) {

        public boolean saved() {
            return !savedId.isEmpty();
        }

        public boolean readable() {
            return readFailure.isEmpty();
        }

        public String heading() {
            return title.isBlank() ? file : title;
        }
    }

    /** A file that could not be read at all: named, with why; it has no part in the form ({@code position} is its
     * place among the files uploaded, for the page's anchors). */
    static Document failed(int position, String file, List<FieldProblem> why) {
        return new Document(-1, "unread-" + position, file, "", "", "", "", "", "", List.of(), "", "", List.of(), false, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(), "", "", why);
    }

    static Document of(int index, ImportDraft draft, List<FieldProblem> problems, SeverityScale scale) {
        ImportReport report = draft.report();
        List<Option> severities = new ArrayList<>();
        for (SeverityLevel level : scale.levels()) {
            String value = String.valueOf(level.level());
            String label = value.equals(draft.readLevel()) && !draft.readLabel().isEmpty()
                    && !draft.readLabel().equalsIgnoreCase(level.label())
                    ? level.label() + " (written " + draft.readLabel() + ")" : level.label();
            severities.add(new Option(value, label, value.equals(draft.severity())));
        }
        if (report == null) {
            return new Document(index, "document-" + index, draft.file(), "", draft.layout(), draft.title(), draft.severity(),
                    draft.readLevel(), draft.readLabel(), severities, draft.rest(), "", List.of(), false, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), true, problems, draft.savedChange(),
                    draft.savedId(), List.of());
        }
        NavigableMap<Integer, ImportReport.LineUse> byNumber = new TreeMap<>();
        report.lines().forEach(l -> byNumber.put(l.line(), l));
        List<SourceLine> lines = report.lines().stream().map(ImportReview::line).toList();
        List<FieldRead> fields = new ArrayList<>();
        List<SourceLine> titleFrom = List.of();
        for (ImportReport.Field field : report.fields()) {
            List<SourceLine> from = within(field.from(), byNumber);
            fields.add(new FieldRead(field.field(), field.value(), from));
            if (field.field().equals("title") && titleFrom.isEmpty()) {
                titleFrom = from;
            }
        }
        boolean located = false;
        if (titleFrom.isEmpty() && !draft.title().isBlank()) {
            String words = draft.title().toLowerCase(Locale.ROOT);
            titleFrom = lines.stream().filter(l -> l.text().toLowerCase(Locale.ROOT).contains(words)).limit(3)
                    .toList();
            located = !titleFrom.isEmpty();
        }
        List<Guess> guesses = report.guesses().stream().map((ImportLog.Guess g) -> new Guess(g.field(), g.what(),
                g.from() == null ? "" : g.from().toString())).toList();
        List<Extra> extras = report.extras().stream().map(e -> new Extra(e.heading(), e.lines().toString())).toList();
        List<Skipped> skipped = report.skipped().stream().map(s -> new Skipped(s.lines().toString(), s.reason(),
                within(List.of(s.lines()), byNumber))).toList();
        String layout = report.layout().isEmpty() ? draft.layout() : report.layout();
        return new Document(index, "document-" + index, draft.file(), report.format(), layout, draft.title(), draft.severity(),
                draft.readLevel(), draft.readLabel(), severities, draft.rest(), draft.reportJson(), titleFrom,
                located, fields, guesses, extras, skipped, report.notes(), lines, false, problems,
                draft.savedChange(), draft.savedId(), List.of());
    }

    private static SourceLine line(ImportReport.LineUse use) {
        return new SourceLine(use.line(), use.text(), use.use(), use.to());
    }

    /** The lines of the ranges that are in the report: as many as the document has, whatever a range claims. */
    private static List<SourceLine> within(List<Lines> ranges, NavigableMap<Integer, ImportReport.LineUse> byNumber) {
        List<SourceLine> out = new ArrayList<>();
        for (Lines range : ranges) {
            byNumber.subMap(range.first(), true, range.last(), true).values().forEach(use -> out.add(line(use)));
        }
        return out;
    }
}
