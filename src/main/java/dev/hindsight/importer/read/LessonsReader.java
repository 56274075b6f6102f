package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.incident.Analysis;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lessons learned, one an item: an item led by a bold label ("1. **Failovers are deploys:** schedule them
 * like one") is the lesson's title and what was learned; any other item is the lesson as written, or, in a list
 * whose other lessons are led by their titles, only what was learned (it was written without a title). The bold
 * marks are only in the Markdown source, so the item's first source line is looked at. Stateless; thread-safe.
 */
public final class LessonsReader {

    private LessonsReader() {
    }

    /** @param source the document's source, for the bold marks; null when the blocks come from HTML or docx */
    public static List<Sourced<Analysis.Lesson>> read(List<Block> blocks, SourceText source) {
        List<Sourced<Analysis.Lesson>> out = new ArrayList<>();
        List<Sourced<String>> untitled = new ArrayList<>();
        for (Sourced<String> item : ProseReader.items(blocks)) {
            int colons = source == null || !"markdown".equals(source.format()) ? -1
                    : boldLeadColons(source.line(item.lines().first()));
            String text = item.value();
            int at = colons < 0 ? -1 : nthColon(text, colons + 1);
            if (at > 0 && text.indexOf('\n') < 0) {
                out.add(new Sourced<>(new Analysis.Lesson(null, text.substring(0, at).strip(),
                        text.substring(at + 1).strip(), null), item.lines()));
            } else {
                untitled.add(item);
                out.add(new Sourced<>(new Analysis.Lesson(null, text, null, null), item.lines()));
            }
        }
        if (untitled.size() < out.size()) {
            // Beside lessons led by their titles, a lesson without one is only what was learned.
            out.replaceAll(l -> untitled.stream().anyMatch(u -> u.lines().equals(l.lines()))
                    ? new Sourced<>(new Analysis.Lesson(null, "", l.value().title(), null), l.lines()) : l);
        }
        return out;
    }

    /**
     * How many colons the label holds before its own, when the line (after a list marker) starts with a bold label
     * ending in a colon ("**Title:** text", "**Title**: text"); -1 when it does not. Colons are never escaped in
     * Markdown, so the count finds the label's end in the item's plain text too.
     */
    static int boldLeadColons(String line) {
        String t = line.strip();
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)))) {
            i++;
        }
        if (i > 0 && i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')')) {
            i++;
        } else if (i == 0 && !t.isEmpty() && "-*+".indexOf(t.charAt(0)) >= 0) {
            i = 1;
        } else {
            return -1;
        }
        t = t.substring(i).strip();
        if (!t.startsWith("**")) {
            return -1;
        }
        int close = t.indexOf("**", 2);
        if (close < 0) {
            return -1;
        }
        String label = t.substring(2, close);
        boolean colonInside = label.endsWith(":");
        boolean colonAfter = t.startsWith(":", close + 2);
        if (!colonInside && !colonAfter || label.isBlank()) {
            return -1;
        }
        String own = colonInside ? label.substring(0, label.length() - 1) : label;
        return (int) own.chars().filter(c -> c == ':').count();
    }

    private static int nthColon(String text, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = text.indexOf(':', at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
