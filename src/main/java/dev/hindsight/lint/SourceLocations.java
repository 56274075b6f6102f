package dev.hindsight.lint;

import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds where in an imported file a finding's text was written, so a code host can mark the line: the finding's
 * sentence is looked for on the lines its field was read from (the import report's provenance), by its first
 * words, since the record holds the text without the file's Markdown marks. A finding on a whole field points at
 * the field's first line; one on a field the file did not have, at the heading of the section it names when the file
 * has one, else at the nearest field above it, else at line 1. Stateless.
 */
final class SourceLocations {

    /** Enough of a sentence to find it, short enough to stay on its first line. */
    private static final int PROBE_WORDS = 4;

    private SourceLocations() {
    }

    static Located locate(Finding finding, String file, ImportReport report) {
        List<Lines> from = linesOf(finding.field(), report);
        if (finding.start() >= 0 && !finding.excerpt().isBlank()) {
            String probe = probe(finding.excerpt());
            for (ImportReport.LineUse use : candidates(report, from)) {
                int at = use.text().toLowerCase(Locale.ROOT).indexOf(probe);
                if (at >= 0) {
                    int end = Math.min(use.text().length(), at + finding.excerpt().length());
                    return new Located(finding, file, use.line(), at + 1, use.line(), end + 1);
                }
            }
        }
        int line = from.isEmpty() ? 1 : from.get(0).first();
        if (!readFrom(finding.field(), report)) {
            line = headingNamed(finding.why(), report).orElse(line);
        }
        return new Located(finding, file, line, 1, line, 1);
    }

    private static boolean readFrom(String field, ImportReport report) {
        for (ImportReport.Field f : report.fields()) {
            if (within(f.field(), field)) {
                return true;
            }
        }
        return false;
    }

    /** The section a finding names at its start, as the template-section rules word it ("The Impact section ..."). */
    private static final java.util.regex.Pattern SECTION_NAMED =
            java.util.regex.Pattern.compile("^the (.+?) section\\b");

    /**
     * The line of the heading a finding names as its section ("The Root cause section ... is empty"): a section the
     * file has under its heading with nothing the import could read in it, so no field of it has lines, and the
     * nearest field above (another section's) would be the wrong place to mark. A heading that is the name wins;
     * else one that goes on after it, as a layout may write it ("Timeline summary – All times are in UTC").
     */
    /**
     * A Markdown heading's words: without its leading marks, closing marks and a trailing colon. By hand, not by a
     * pattern: two runs of spaces side by side in a pattern take time growing with the cube of a long heading's spaces.
     */
    static String headingName(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && line.charAt(start) == '#') {
            start++;
        }
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && (line.charAt(end - 1) == '#' || Character.isWhitespace(line.charAt(end - 1)))) {
            end--;
        }
        if (end > start && line.charAt(end - 1) == ':') {
            end--;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static java.util.Optional<Integer> headingNamed(String why, ImportReport report) {
        String said = why.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher name = SECTION_NAMED.matcher(said);
        if (!name.find()) {
            return java.util.Optional.empty(); // names no section ("no action items"): nothing to look for
        }
        String named = name.group(1);
        Integer after = null;
        for (ImportReport.LineUse use : report.lines()) {
            String text = use.text().strip();
            if (!text.startsWith("#")) {
                continue;
            }
            String heading = headingName(text).toLowerCase(Locale.ROOT);
            if (!heading.isEmpty() && said.contains("the " + heading + " section")) {
                return java.util.Optional.of(use.line());
            }
            if (after == null && heading.length() > named.length() && heading.startsWith(named)
                    && !Character.isLetterOrDigit(heading.charAt(named.length()))) {
                after = use.line();
            }
        }
        return java.util.Optional.ofNullable(after);
    }

    /** The lines the finding's field, or the nearest field above it, was read from. */
    private static List<Lines> linesOf(String field, ImportReport report) {
        String path = field;
        while (!path.isEmpty()) {
            List<Lines> out = new ArrayList<>();
            for (ImportReport.Field f : report.fields()) {
                if (within(f.field(), path)) {
                    out.addAll(f.from());
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            path = parent(path);
        }
        return List.of();
    }

    /**
     * Whether the field is the path or lies under it ("analysis.summary" under "analysis", "timeline[3].text" under
     * "timeline"): asked of every field of the report for every finding, so without making "path." and "path[".
     */
    private static boolean within(String field, String path) {
        if (!field.startsWith(path)) {
            return false;
        }
        int next = path.length();
        return field.length() == next || field.charAt(next) == '.' || field.charAt(next) == '[';
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** The field's lines first, then every other line, for text the report placed elsewhere. */
    private static List<ImportReport.LineUse> candidates(ImportReport report, List<Lines> from) {
        List<ImportReport.LineUse> first = new ArrayList<>();
        List<ImportReport.LineUse> rest = new ArrayList<>();
        for (ImportReport.LineUse use : report.lines()) {
            (holds(from, use.line()) ? first : rest).add(use);
        }
        first.addAll(rest);
        return first;
    }

    private static boolean holds(List<Lines> from, int line) {
        for (Lines l : from) {
            if (l.contains(line)) {
                return true;
            }
        }
        return false;
    }

    private static String probe(String excerpt) {
        String[] words = excerpt.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(PROBE_WORDS, words.length)))
                .toLowerCase(Locale.ROOT);
    }
}
