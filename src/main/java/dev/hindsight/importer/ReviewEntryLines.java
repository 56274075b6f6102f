package dev.hindsight.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the review's timeline entry lines ("**[14:32 UTC]** - Initial Detection: text", "- 14:32 UTC - text")
 * from the points under them, and splits an entry line into its time and the rest. Stateless.
 */
final class ReviewEntryLines {

    private static final Pattern BRACKETED = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*)?\\[([^\\]]*)\\](?:\\*\\*)?\\s*(?:[-–—:]\\s*)?(.*)$");
    private static final Pattern BOLD = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?\\*\\*((?:\\d{4}-\\d{1,2}-\\d{1,2}\\s+)?\\d{1,2}:\\d{2}[^*]*)\\*\\*\\s*(?:[-–—:]\\s*)?(.*)$");
    private static final Pattern PLAIN = Pattern.compile(
            "^(?:[-*+]\\s+)?((?:\\d{4}-\\d{1,2}-\\d{1,2}\\s+)?\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)"
                    + "\\s+[-–—]\\s+(.*)$");
    private static final List<Pattern> ENTRY_PATTERNS = List.of(BRACKETED, BOLD, PLAIN);

    private ReviewEntryLines() {
    }

    /** {stamp, rest} for an entry line; null for any other line. */
    static String[] split(String line) {
        if (!mayBeEntry(line)) {
            return null;
        }
        for (Pattern p : ENTRY_PATTERNS) {
            Matcher m = p.matcher(line);
            if (m.matches() && (p != PLAIN || !Character.isWhitespace(line.charAt(0)))) {
                String stamp = m.group(1).strip();
                boolean timeLike = ReviewValues.hasClock(stamp) || stamp.isEmpty()
                        || stamp.toUpperCase(Locale.ROOT).startsWith("HH:MM");
                if (timeLike) {
                    return new String[] {stamp, m.group(2).strip()};
                }
            }
        }
        return null;
    }

    /**
     * False when none of the entry patterns can match: after white space and an optional bullet, an entry starts
     * with "[", a digit, or "**" before either. Most lines of a timeline are points, and this spares them the
     * three patterns.
     */
    private static boolean mayBeEntry(String line) {
        int i = skipSpace(line, 0);
        if (startsEntry(line, i)) {
            return true;
        }
        if (i < line.length() && "-*+".indexOf(line.charAt(i)) >= 0) {
            int after = skipSpace(line, i + 1);
            return after > i + 1 && startsEntry(line, after);
        }
        return false;
    }

    private static boolean startsEntry(String line, int i) {
        if (line.startsWith("**", i)) {
            i += 2;
        }
        if (i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == '[' || c >= '0' && c <= '9';
    }

    /** The index after any "\\s" characters from i. */
    private static int skipSpace(String line, int i) {
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
