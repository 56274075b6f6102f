package dev.hindsight.lint;

import dev.hindsight.importer.Imported;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.consistency.WrittenOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's findings at the lines they are on: the document is read as an import would read it, the record
 * checked (with what only the document shows: the order its timeline was written in), and each finding placed in
 * the file. Stateless.
 */
public final class DocumentLint {

    private DocumentLint() {
    }

    /** The findings {@code lint} shows for the document (nothing is dismissed on a file). */
    public static List<Located> findings(RecordLint lint, Imported imported, String file) {
        return findings(lint, imported, file, null);
    }

    /**
     * As above, the document taken as written in {@code layout} whatever it looks like (an organisation's own
     * template, named by who runs the check); null for the layout it was recognised as.
     */
    public static List<Located> findings(RecordLint lint, Imported imported, String file, String layout) {
        // In an organisation's template, its sections under headings of its own are read into their fields.
        PostMortem record = layout == null ? withLayout(imported)
                : lint.layouts().readAs(imported.record().toBuilder().layout(layout).build());
        List<Finding> found = new ArrayList<>(lint.findings(record));
        for (Finding f : WrittenOrder.check(record, imported.report())) {
            lint.settings().apply(f).ifPresent(found::add);
        }
        return distinct(found.stream().map(f -> SourceLocations.locate(f, file, imported.report())).toList());
    }

    /**
     * One finding of a rule for one span of the file: the importer may put a sentence in two fields (a root cause
     * also listed under what went wrong), and the writer has one sentence to change, not two. So too blame found in
     * a part of a sentence whose whole is found in another field ("Jesper dropped the ball on the handover: he left
     * …" as a root cause, and split at its colon as a title and a description under what went wrong).
     */
    private static List<Located> distinct(List<Located> located) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Located> out = new ArrayList<>(located.size());
        for (Located l : located) {
            if (l.line() == 0 || seen.add(l.finding().rule() + "|" + l.line() + ":" + l.column() + "-" + l.endLine()
                    + ":" + l.endColumn() + "|" + l.finding().excerpt())) {
                out.add(l);
            }
        }
        List<Located> blame = out.stream().filter(l -> l.hasLine() && l.finding().rule().startsWith("blame.")).toList();
        if (blame.size() > 1) {
            // Not in favour of a lower level: an error's part (with its rewrite) stays beside a warning's whole.
            out.removeIf(l -> blame.contains(l) && blame.stream().anyMatch(whole -> whole != l && within(l, whole)
                    && !within(whole, l) && whole.finding().level().compareTo(l.finding().level()) <= 0));
        }
        return out;
    }

    /** Whether the part's span in the file lies inside the whole's. */
    private static boolean within(Located part, Located whole) {
        return compare(whole.line(), whole.column(), part.line(), part.column()) <= 0
                && compare(part.endLine(), part.endColumn(), whole.endLine(), whole.endColumn()) <= 0;
    }

    private static int compare(int line, int column, int otherLine, int otherColumn) {
        return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
    }

    /** The record in the layout it was recognised as, so the rules know which template's sections it needs. */
    private static PostMortem withLayout(Imported imported) {
        PostMortem record = imported.record();
        return record.layout().isEmpty() && imported.layout() != null
                ? record.toBuilder().layout(imported.layout().templateName()).build() : record;
    }
}
