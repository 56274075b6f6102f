package dev.hindsight.importer;

import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What recognising a seed layout looks at in a Markdown document: its '#' headings (outside code fences and the
 * front matter) and how its lines start. Made from the lines the blocks stage already split, so a document the
 * pipeline reads is not parsed a second time to be recognised. The headings are found as the seed layouts write
 * them, line by line (a '#' heading, fences told by "```"), so a document scores as it did when the old readers'
 * document model found them. One per document, on one thread: it keeps its lines' starts once asked.
 */
final class SeedShape {

    /** How much of a line's start {@link #starts()} keeps; a longer start is looked for in every line. */
    private static final int START_LENGTH = 48;
    /** Every line start a seed signature looks for: the document's lines are walked along them once. */
    private static final LineStarts SIGNATURE_STARTS = LineStarts.of(SeedSignature.BUILT_IN.stream()
            .flatMap(s -> java.util.stream.Stream.concat(s.labelStarts().stream(), s.lineStarts().stream())).toList());
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private final List<String> lines;
    /** Each heading's key: lower-case letters and digits, words parted by one space. */
    private final List<String> keys = new ArrayList<>();
    /** The text of each top-level ('# ') heading. */
    private final List<String> titles = new ArrayList<>();
    /** Every key and each of its starts that ends before a space: what {@link #headingKeysPresent} looks up. */
    private final Set<String> headingPrefixes;
    /** See {@link #starts()}. */
    private List<String> starts;
    /** See {@link #signatureStartsFound()}. */
    private boolean[] signatureStartsFound;

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
            String heading = headingText(line);
            if (heading != null) {
                String text = withoutEmphasisEdges(heading).strip();
                keys.add(ReadingWords.key(text));
                if (line.charAt(1) != '#') {
                    titles.add(text);
                }
            }
        }
        headingPrefixes = new HashSet<>();
        for (String key : keys) {
            for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
                headingPrefixes.add(key.substring(0, i));
            }
            headingPrefixes.add(key);
        }
    }

    /**
     * The text of a '#' heading line, as {@link #HEADING} reads it (its second group), or null when the line is
     * not one. Read by hand: the pattern's lazy middle was a fifth of scoring a document. A line holding a
     * character the pattern counts as a line's end is left to the pattern.
     */
    static String headingText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                Matcher m = HEADING.matcher(line);
                return m.matches() ? m.group(2) : null;
            }
        }
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes < 1 || hashes > 6 || hashes == line.length() || !space(line.charAt(hashes))) {
            return null;
        }
        int from = hashes;
        while (from < line.length() && space(line.charAt(from))) {
            from++;
        }
        // The closing sequence the pattern leaves out: white space, '#'s, white space, from the end.
        int to = line.length();
        while (to > from && space(line.charAt(to - 1))) {
            to--;
        }
        while (to > from && line.charAt(to - 1) == '#') {
            to--;
        }
        while (to > from && space(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    /** White space as the pattern counts it (its \s, which is ASCII's). */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        // A heading has the wanted key when its own key is that, or starts with it and a space.
        int found = 0;
        for (String wanted : wantedKeys) {
            if (headingPrefixes.contains(wanted)) {
                found++;
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
        for (String w : wanted) {
            if (w.length() >= START_LENGTH) {
                return hasLineStartingWithLong(wanted);
            }
        }
        boolean[] found = signatureStartsFound();
        for (String w : wanted) {
            int number = SIGNATURE_STARTS.number(w);
            if (number < 0) {
                return anyStartWith(wanted); // not a signature's: asked of every line
            }
            if (found[number]) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #hasLineStartingWithLowered}, for a text as long as the kept starts or longer: every line read. */
    private boolean hasLineStartingWithLong(List<String> wanted) {
        for (String line : lines) {
            String l = line.strip().toLowerCase(Locale.ROOT);
            for (String w : wanted) {
                if (!l.isEmpty() && l.startsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@link #hasLineStartingWithLowered}, for texts shorter than the kept starts: each start read. */
    private boolean anyStartWith(List<String> wanted) {
        for (String start : starts()) {
            for (String w : wanted) {
                if (start.startsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which of the signatures' line starts the document's lines have, by their number: found once, on first use. */
    private boolean[] signatureStartsFound() {
        if (signatureStartsFound == null) {
            signatureStartsFound = SIGNATURE_STARTS.foundIn(lines, START_LENGTH);
        }
        return signatureStartsFound;
    }

    /**
     * The non-blank lines' starts, stripped and in lower case. Only the first {@link #START_LENGTH} characters of a
     * line are kept (the signatures' starts are shorter), one more than compared, so lower-casing the cut start
     * gives the whole line's lower-case start.
     */
    private List<String> starts() {
        if (starts == null) {
            starts = new ArrayList<>(lines.size());
            for (String line : lines) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    starts.add((l.length() > START_LENGTH ? l.substring(0, START_LENGTH) : l).toLowerCase(Locale.ROOT));
                }
            }
        }
        return starts;
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
