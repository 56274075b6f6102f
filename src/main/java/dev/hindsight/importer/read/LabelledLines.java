package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads "Label: value" pairs wherever a document states them: a line of a paragraph ("**Severity:** Major",
 * "Duration: 2h"), a list item ("- **Owner:** Sam"), a quote, a table row of two cells (label | value) and a
 * front-matter field. Stateless; thread-safe.
 *
 * <p>A label starts the line (after a bullet or bold marks), begins with a letter, is at most 40 characters of
 * letters, digits, spaces and {@code ()/'&.,#_-}, and is followed by ':'. "https://..." and "10:30" are no labels.
 * A label with nothing after it ("Affected services:") is returned with an empty value: what follows it often
 * is its value, and the caller knows whether that is so.
 */
public final class LabelledLines {

    /** A label and its value as written, trimmed, with bold marks around the label removed. */
    public record Labelled(String label, String value) {
        public Labelled {
            java.util.Objects.requireNonNull(label, "label");
            java.util.Objects.requireNonNull(value, "value");
        }
    }

    private static final int LONGEST_LABEL = 40;

    private LabelledLines() {
    }

    public static List<Sourced<Labelled>> read(List<Block> blocks) {
        List<Sourced<Labelled>> out = new ArrayList<>();
        for (Block b : blocks) {
            switch (b.kind()) {
                case PARAGRAPH, LIST_ITEM, QUOTE -> {
                    Sourced<Labelled> open = null;
                    for (WrittenLine line : WrittenLine.of(b)) {
                        List<Labelled> pairs = pairs(line.text());
                        if (pairs.size() > 1) {
                            pairs.forEach(pair -> out.add(new Sourced<>(pair, line.lines())));
                            open = null;
                            continue;
                        }
                        Optional<Labelled> read = read(line.text());
                        if (read.isPresent()) {
                            open = read.get().value().isEmpty() ? null : new Sourced<>(read.get(), line.lines());
                            out.add(open != null ? open : new Sourced<>(read.get(), line.lines()));
                        } else if (open != null && !b.is(Block.Kind.LIST_ITEM) && !line.text().isBlank()) {
                            // "**Root Causes:** Under heavy load a rarely used query path built a" wrapped onto the
                            // next lines of its paragraph: they go on with the value.
                            Sourced<Labelled> longer = new Sourced<>(new Labelled(open.value().label(),
                                    open.value().value() + " " + line.text().strip()), open.lines().span(line.lines()));
                            out.set(out.size() - 1, longer);
                            open = longer;
                        }
                    }
                }
                case TABLE_HEADER, TABLE_ROW -> {
                    if (b.cells().size() == 2) {
                        cells(b.cells().get(0), b.cells().get(1)).ifPresent(l -> out.add(new Sourced<>(l, b.lines())));
                    }
                }
                case FRONT_MATTER -> {
                    if (b.cells().size() == 2) {
                        out.add(new Sourced<>(new Labelled(b.cells().get(0).strip(), b.cells().get(1).strip()),
                                b.lines()));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /**
     * A plain-text header's pairs side by side, a wide gap between: "Incident: OPS-2291          Priority: P2". Three
     * spaces at least after a value, so "Owner:   Ann" (a label padded to its value) is one pair.
     */
    private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile("(?<=[^:\\s])\\s{3,}(?=\\S)");

    /**
     * Whether the line holds three spaces after a colon and a value, then another colon: only then may it be pairs
     * side by side. The value starts after the label's padding ("Type:         Post-incident review     Priority:
     * Highest"), so the gap is the run before the second label, not the spaces that line the first value up.
     */
    private static boolean gapped(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return false;
        }
        int value = colon + 1;
        while (value < line.length() && Character.isWhitespace(line.charAt(value))) {
            value++;
        }
        int gap = line.indexOf("   ", value);
        return value < line.length() && gap > 0 && line.indexOf(':', gap) > 0;
    }

    /** Where a line of several "Label: value" pairs parts them: "Author: Nico · Reviewers: Dara, Anjali". */
    private static final java.util.regex.Pattern PAIRS = java.util.regex.Pattern.compile("\\s+[·•]\\s+");

    /**
     * A line of "Label: value" pairs between dots ("Author: Nico · Reviewers: Dara, Anjali · Severity: Major"), each
     * pair read as a line of its own; empty unless every part is one, or, between dots, the first two are (the pairs
     * up to the first part that is not one). Not between bars: a value may hold one.
     */
    static List<Labelled> pairs(String line) {
        boolean dotted = line.indexOf('·') >= 0 || line.indexOf('•') >= 0;
        if (!dotted && !gapped(line)) {
            return List.of();
        }
        String[] parts = (dotted ? PAIRS : GAP).split(line.strip());
        if (parts.length < 2) {
            return List.of();
        }
        List<Labelled> out = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            Optional<Labelled> read = read(parts[i]);
            if (read.isEmpty() || read.get().value().isEmpty()) {
                if (!dotted || i < 2) {
                    return List.of();
                }
                // "Severity: S3 · Author: Rhea Tan · Reviewed with Billing Eng on 14 Aug": a byline's closing note
                // after its pairs; the pairs before it stand
                return out;
            }
            out.add(read.get());
        }
        return out;
    }

    /**
     * "Severity ......... Sev 2": a label and its value with a leader of dots between, as plain-text forms write;
     * four dots at least, or three after a space, so "Owner... unclear" trailing off is no label. A form's paragraph
     * number before the label ("1.5  Severity class ...... MAJOR") is not part of it.
     */
    private static final java.util.regex.Pattern LEADER = java.util.regex.Pattern.compile(
            "\\s*(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?\\s+)?(\\p{L}[\\p{L}\\d ()/&'-]{0,40}?)(?:\\s+\\.{3,}|\\.{4,})\\s+(\\S.*)");

    /** One line read as "Label: value" (or "Label ...... value"), or empty when it is not one. */
    public static Optional<Labelled> read(String line) {
        if (line.indexOf("...") > 0) {
            java.util.regex.Matcher leader = LEADER.matcher(line);
            if (leader.matches()) {
                return Optional.of(new Labelled(leader.group(1).strip(), trimBreak(leader.group(2).strip())));
            }
        }
        int at = 0;
        int end = Math.min(line.length(), WrittenLine.SCANNED);
        at = skipSpace(line, at, end);
        // A bullet left in the text ("- Label: value" pasted, or a source that keeps its markers).
        if (at + 1 < end && "-*+•".indexOf(line.charAt(at)) >= 0 && Character.isWhitespace(line.charAt(at + 1))) {
            at = skipSpace(line, at + 1, end);
        }
        // A lettered sub-paragraph, as a SITREP or a standard's clause writes one: "D. SEVERITY: LEVEL 2".
        if (at + 2 < end && line.charAt(at) >= 'A' && line.charAt(at) <= 'Z' && line.charAt(at + 1) == '.'
                && line.charAt(at + 2) == ' ') {
            at = skipSpace(line, at + 2, end);
        }
        at = skipBold(line, at, end);
        // A reStructuredText field, ":Impact start: 02:41 CET": the label between colons.
        boolean field = at + 1 < end && line.charAt(at) == ':' && Character.isLetter(line.charAt(at + 1));
        int start = field ? at + 1 : at;
        if (start >= end || !Character.isLetter(line.charAt(start))) {
            return Optional.empty();
        }
        int colon = -1;
        for (int i = start; i < end && i - start <= LONGEST_LABEL + 4; i++) {
            char c = line.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (!isLabelChar(c)) {
                return Optional.empty();
            }
        }
        if (colon < 0) {
            return Optional.empty();
        }
        String label = unbold(line.substring(start, colon)).strip();
        if (label.isEmpty() || label.length() > LONGEST_LABEL || !Character.isLetter(label.charAt(0))) {
            return Optional.empty();
        }
        String rest = line.substring(colon + 1);
        if (field && !rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty(); // ":ref:`x`" is a role, not a field
        }
        // "https://host", "at 10:30" and "std::string" are a scheme, a time and a name, not a label and a value.
        if (rest.startsWith("//") || rest.startsWith(":")
                || !rest.isEmpty() && Character.isDigit(rest.charAt(0)) && Character.isDigit(line.charAt(colon - 1))) {
            return Optional.empty();
        }
        String value = unbold(rest).strip();
        return Optional.of(new Labelled(label, trimBreak(value)));
    }

    private static Optional<Labelled> cells(String label, String value) {
        String l = unbold(label).strip();
        if (l.endsWith(":")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        // A label cell often explains itself in brackets: "Time to detect the issue (From when the issue started
        // in production to when eng realized there was a problem)". The label is the words before them.
        int bracket = l.indexOf('(');
        if (l.length() > LONGEST_LABEL && bracket > 0 && l.endsWith(")")) {
            l = l.substring(0, bracket).strip();
        }
        if (l.isEmpty() || l.length() > LONGEST_LABEL || !Character.isLetter(l.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(l, value.strip()));
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || "()/'&.,#_*-\u2019".indexOf(c) >= 0;
    }

    private static int skipSpace(String s, int at, int end) {
        while (at < end && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int skipBold(String s, int at, int end) {
        if (at + 1 < end && (s.charAt(at) == '*' || s.charAt(at) == '_') && s.charAt(at + 1) == s.charAt(at)) {
            return skipSpace(s, at + 2, end);
        }
        return at;
    }

    /** The text without bold marks at its start and end ("**Label**" and the "** value" left after "**Label:**"). */
    private static String unbold(String s) {
        String t = s.strip();
        while (t.startsWith("**") || t.startsWith("__")) {
            t = t.substring(2).strip();
        }
        while (t.endsWith("**") || t.endsWith("__")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        return t;
    }

    /** A value copied from HTML-flavoured Markdown may end in a line-break tag. */
    private static String trimBreak(String value) {
        if (!value.endsWith(">")) {
            return value; // every tag ends so, and lowering changes no other character into '>'
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        for (String tag : List.of("<br>", "<br/>", "<br />")) {
            if (lower.endsWith(tag)) {
                return value.substring(0, value.length() - tag.length()).strip();
            }
        }
        return value;
    }
}
