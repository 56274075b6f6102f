package dev.hindsight.importer.layouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text shapes of the incident post-mortem layout as people fill it in: prose sections with the template's
 * bracketed prompt left in or deleted, "**Label:** value" lines (also "Label: value", in a bullet or not, running
 * on to the lines below), lists written as bullets or as plain lines, and durations in words.
 */
final class PostmortemText {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+.*");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s.*");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)(\\d+(?:\\.\\d+)?)\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m)(?![a-z])");
    private static final Pattern BLANK_RUN = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");
    private static final Pattern END_STOP = Pattern.compile("[.!]$");
    /** Labels normalised once: the same few dozen are compared with every labelled line. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMAL_LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> NOTHING = List.of("none", "n/a", "na", "-", "nothing", "none yet", "tbd");

    private PostmortemText() {
    }

    /** The section's text: guidance, comments and lines holding only a placeholder removed. */
    static String prose(Section section) {
        List<String> kept = new ArrayList<>();
        for (String line : section.text().split("\n", -1)) {
            if (line.isBlank() || !Placeholders.isUnfilled(line)) {
                kept.add(line);
            }
        }
        return paragraphs(kept);
    }

    /** The lines joined, runs of blank lines squeezed to one. */
    static String paragraphs(List<String> lines) {
        return BLANK_RUN.matcher(String.join("\n", lines)).replaceAll("\n\n").strip();
    }

    /**
     * The line read as a {@link LabelledLine}, or null when it cannot be one: every label form has a colon, and
     * before the first colon only what the regex allows there (letters, spaces, ()/'-, and the marks * _ +).
     */
    private static LabelledLine label(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || " \t\n\u000b\f\r()/'-*_+".indexOf(c) >= 0)) {
                return null;
            }
        }
        return LabelledLine.read(line);
    }

    /**
     * The value of the first line labelled with one of the labels ("**Users Affected:** 1,200"), with the
     * lines that run on below it (up to a blank line, a bullet, a heading or another label); placeholders
     * read as empty.
     */
    static String labelled(List<String> lines, String... labels) {
        return new Labels(lines).value(labels);
    }

    /**
     * The labelled lines of a block, each line read as a {@link LabelledLine} once: a reader asks the header
     * for half a dozen labels, and matching every line again for each was most of the cost of reading it.
     * Not thread-safe: one per block read.
     */
    static final class Labels {
        private final List<String> lines;
        /** Per line: its label normalised, or null when it is not a labelled line. */
        private final String[] keys;
        private final String[] values;
        private final boolean[] labelLines;

        Labels(List<String> lines) {
            this.lines = lines;
            keys = new String[lines.size()];
            values = new String[lines.size()];
            labelLines = new boolean[lines.size()];
            for (int i = 0; i < keys.length; i++) {
                String line = lines.get(i);
                LabelledLine m = label(line);
                if (m != null) {
                    keys[i] = Section.normal(m.label());
                    values[i] = m.value();
                    labelLines[i] = isLabelLine(line, m);
                }
            }
        }

        /** As {@link PostmortemText#labelled}. */
        String value(String... labels) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null || !matchesKey(keys[i], labels)) {
                    continue;
                }
                StringBuilder value = new StringBuilder(values[i].strip());
                for (int j = i + 1; j < keys.length; j++) {
                    String next = lines.get(j);
                    if (next.isBlank() || BULLET.matcher(next).matches() || HEADING.matcher(next).matches()
                            || labelLines[j] || Section.isGuidance(next.strip())) {
                        break;
                    }
                    value.append('\n').append(next.strip());
                }
                return Placeholders.value(value.toString().strip());
            }
            return "";
        }
    }

    /** True when the line starts "**Something:**" or "Something:" with a short label. */
    static boolean isLabelLine(String line) {
        LabelledLine m = label(line);
        return m != null && isLabelLine(line, m);
    }

    private static boolean isLabelLine(String line, LabelledLine m) {
        return line.contains("**") || line.contains("__") || m.label().split(" ").length <= 3;
    }

    /** The label of a labelled line, or empty. */
    static String labelOf(String line) {
        LabelledLine m = label(line);
        return m != null ? m.label().strip() : "";
    }

    /** What follows the label on a labelled line. */
    static String afterLabel(String line) {
        LabelledLine m = label(line);
        return m != null ? m.value().strip() : line.strip();
    }

    static boolean matches(String written, String... labels) {
        return matchesKey(Section.normal(written), labels);
    }

    private static boolean matchesKey(String w, String... labels) {
        for (String label : labels) {
            if (w.equals(NORMAL_LABELS.computeIfAbsent(label, Section::normal))) {
                return true;
            }
        }
        return false;
    }

    /** The section's list items: its bullets, or each line when it was written without bullets (placeholders dropped). */
    static List<String> items(Section section) {
        List<String> items = new ArrayList<>();
        for (String item : section.bullets()) {
            if (!isNothing(item)) {
                items.add(item.strip());
            }
        }
        if (!items.isEmpty()) {
            return items;
        }
        for (String line : prose(section).split("\n")) {
            if (!line.isBlank() && !BULLET.matcher(line).matches() && !isNothing(line)
                    && !Placeholders.isUnfilled(line)) {
                items.add(Section.unescape(line.strip()));
            }
        }
        return items;
    }

    /** "None", "N/A", "-": written to say there is nothing. */
    static boolean isNothing(String text) {
        return NOTHING.contains(END_STOP.matcher(text.strip()).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** Whole minutes in "2 hours, 5 minutes", "1h 20m", "about 3 hours", "1.5 hours", "1 day, 8 hours"; -1 if none. */
    static long minutes(String text) {
        Matcher m = AMOUNT.matcher(text);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            total += unit.startsWith("d") ? n * 1440 : unit.startsWith("h") ? n * 60 : n;
            found = true;
        }
        return found ? Math.round(total) : -1;
    }
}
