package dev.hindsight.cli;

import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.ImportLog;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code import --explain}: the import report as aligned plain text, for a person checking what was read. Each field
 * with the source lines it came from, then every source line and where it went. Plain text only: no colours or
 * escape codes, and control characters from the document are shown as '?', so a document cannot move the
 * terminal's cursor or retitle its window.
 */
final class ImportExplanation {

    /** A use column wide enough for "skipped", the longest of field, extra, context, skipped. */
    private static final int USE_WIDTH = 7;
    /** Beyond this a destination is not padded further; a longer one pushes its line's text right. */
    private static final int TO_WIDTH_MAX = 40;

    private ImportExplanation() {
    }

    static void write(PrintWriter out, ImportReport report) {
        TreeMap<Integer, String> text = new TreeMap<>();
        report.lines().forEach(l -> text.put(l.line(), l.text()));
        int numberWidth = String.valueOf(text.isEmpty() ? 1 : text.lastKey()).length();
        String indent = "    ";

        out.println("  Read as " + report.format() + (report.layout().isEmpty() ? ", no seed layout"
                : ", " + report.layout() + " layout"));
        out.println("  Fields read");
        if (report.fields().isEmpty()) {
            out.println(indent + "(none listed one by one: see where each line went, below)");
        }
        int fieldWidth = report.fields().stream().mapToInt(f -> f.field().length()).max().orElse(0);
        for (ImportReport.Field field : report.fields()) {
            out.println(indent + pad(field.field(), fieldWidth) + "  " + plain(field.value()) + "  ("
                    + ranges(field.from()) + ")");
            for (Lines from : field.from()) {
                text.subMap(from.first(), true, from.last(), true).forEach((n, line) -> out.println(indent
                        + " ".repeat(fieldWidth + 2) + padLeft(String.valueOf(n), numberWidth) + " | " + plain(line)));
            }
        }
        if (!report.guesses().isEmpty()) {
            out.println("  Guesses");
            int width = report.guesses().stream().mapToInt(g -> g.field().length()).max().orElse(0);
            for (ImportLog.Guess guess : report.guesses()) {
                out.println(indent + pad(guess.field(), width) + "  " + plain(guess.what())
                        + (guess.from() == null ? "" : "  (" + guess.from() + ")"));
            }
        }
        if (!report.extras().isEmpty()) {
            out.println("  Kept as extra sections");
            for (ImportReport.Extra extra : report.extras()) {
                out.println(indent + plain(extra.heading()) + "  (" + extra.lines() + ")");
            }
        }
        if (!report.skipped().isEmpty()) {
            out.println("  Skipped");
            for (ImportLog.Skipped skipped : report.skipped()) {
                out.println(indent + skipped.lines() + ": " + plain(skipped.reason()));
            }
        }
        if (!report.notes().isEmpty()) {
            out.println("  Notes");
            report.notes().forEach(n -> out.println(indent + plain(n)));
        }
        out.println("  Where each line went");
        int toWidth = Math.min(TO_WIDTH_MAX, report.lines().stream().mapToInt(l -> plain(l.to()).length()).max()
                .orElse(0));
        for (ImportReport.LineUse use : report.lines()) {
            out.println(indent + padLeft(String.valueOf(use.line()), numberWidth) + "  " + pad(use.use(), USE_WIDTH)
                    + "  " + pad(plain(use.to()), toWidth) + "  | " + plain(use.text()));
        }
    }

    private static String ranges(List<Lines> from) {
        return String.join(", ", from.stream().map(Lines::toString).toList());
    }

    /** The text with tabs as spaces and every other control character as '?'. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
