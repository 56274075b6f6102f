package dev.hindsight.importer;

import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What recognising a seed layout looks at in a Markdown document: its '#' headings (outside code fences and the
 * front matter) and how its lines start. Made from the lines the blocks stage already split, so a document the
 * pipeline reads is not parsed a second time to be recognised. The headings are found as the seed layouts write
 * them, line by line (a '#' heading, fences told by "```"), so a document scores as it did when the old readers'
 * document model found them. One per document, on one thread: it keeps its sorted lines once asked.
 */
final class SeedShape {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private final List<String> lines;
    /** Each heading's key: lower-case letters and digits, words parted by one space. */
    private final List<String> keys = new ArrayList<>();
    /** The text of each top-level ('# ') heading. */
    private final List<String> titles = new ArrayList<>();
    /** See {@link #sortedStarts()}. */
    private String[] sortedStarts;

    private SeedShape(List<String> lines) {
        this.lines = lines;
        int start = frontMatterEnd(lines);
        boolean fenced = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('`') >= 0 && line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced || !line.startsWith("#")) {
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                String text = withoutEmphasisEdges(m.group(2)).strip();
                keys.add(ReadingWords.key(text));
                if (m.group(1).length() == 1) {
                    titles.add(text);
                }
            }
        }
    }

    /** The shape of a document from its lines (the blocks stage's {@code SourceText.lines()}). */
    static SeedShape of(List<String> lines) {
        return new SeedShape(lines);
    }

    /** After a front matter opened and closed by "---" lines, the first line past it; else 0. */
    private static int frontMatterEnd(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The document's lines, as the blocks stage numbers them. */
    List<String> lines() {
        return lines;
    }

    /** How many of the named headings the document has, as written or as the start of a longer one. */
    int headingsPresent(List<String> names) {
        return headingKeysPresent(names.stream().map(ReadingWords::key).toList());
    }

    /** As {@link #headingsPresent}, the names given as their {@link ReadingWords#key} keys. */
    int headingKeysPresent(List<String> wantedKeys) {
        int found = 0;
        for (String wanted : wantedKeys) {
            for (String key : keys) {
                if (key.equals(wanted) || key.startsWith(wanted) && key.length() > wanted.length()
                        && key.charAt(wanted.length()) == ' ') {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    /** Whether a top-level heading starts with the text, in any case. */
    boolean hasTitleStarting(String prefix) {
        String wanted = prefix.toUpperCase(Locale.ROOT);
        return titles.stream().anyMatch(t -> t.toUpperCase(Locale.ROOT).startsWith(wanted));
    }

    /** Whether any line, without its surrounding white space, starts with the text in any case. */
    boolean hasLineStartingWith(String prefix) {
        return hasLineStartingWithLowered(List.of(prefix.toLowerCase(Locale.ROOT)));
    }

    /** Whether any line, stripped and in lower case, starts with one of the texts (each already in lower case). */
    boolean hasLineStartingWithLowered(List<String> wanted) {
        String[] starts = sortedStarts();
        for (String w : wanted) {
            // The lines starting with the text sort together, from the first line not below it.
            int at = Arrays.binarySearch(starts, w);
            int first = at >= 0 ? at : -at - 1;
            if (first < starts.length && starts[first].startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The non-blank lines, stripped and in lower case, sorted: made once, on the first question, because a
     * signature asks about dozens of line starts and each would otherwise go through every line.
     */
    private String[] sortedStarts() {
        if (sortedStarts == null) {
            String[] starts = new String[lines.size()];
            int n = 0;
            for (String line : lines) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    starts[n++] = l.toLowerCase(Locale.ROOT);
                }
            }
            Arrays.sort(starts, 0, n);
            sortedStarts = Arrays.copyOf(starts, n);
        }
        return sortedStarts;
    }

    /** The text without the '*'s and '_'s that open and close it. */
    private static String withoutEmphasisEdges(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (text.charAt(from) == '*' || text.charAt(from) == '_')) {
            from++;
        }
        while (to > from && (text.charAt(to - 1) == '*' || text.charAt(to - 1) == '_')) {
            to--;
        }
        return text.substring(from, to);
    }

}
