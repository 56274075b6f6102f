package dev.hindsight.importer.layouts;

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
    /** Tried after {@link #BRACKETED}, which nearly every entry is written in and is read by hand. */
    private static final List<Pattern> OTHER_PATTERNS = List.of(BOLD, PLAIN);

    private ReviewEntryLines() {
    }

    /** {stamp, rest} for an entry line; null for any other line. */
    static String[] split(String line) {
        if (!mayBeEntry(line)) {
            return null;
        }
        String[] bracketed = bracketed(line);
        if (bracketed != null && timeLike(bracketed[0])) {
            return bracketed;
        }
        for (Pattern p : OTHER_PATTERNS) {
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

    private static boolean timeLike(String stamp) {
        return ReviewValues.hasClock(stamp) || stamp.isEmpty() || stamp.toUpperCase(Locale.ROOT).startsWith("HH:MM");
    }

    /**
     * {stamp, rest} (both stripped) when {@link #BRACKETED} matches, else null: after white space and an optional
     * bullet, an optional "**", "[", the stamp up to the first "]", an optional "**", white space, an optional
     * dash or colon, white space and the rest. A line whose rest holds a character '.' does not match is left to
     * the pattern.
     */
    static String[] bracketed(String line) {
        int n = line.length();
        int i = RegexSpace.skip(line, 0);
        if (i + 1 < n && "-*+".indexOf(line.charAt(i)) >= 0 && RegexSpace.is(line.charAt(i + 1))) {
            i = RegexSpace.skip(line, i + 1);
        }
        if (line.startsWith("**", i)) {
            i += 2;
        }
        if (i >= n || line.charAt(i) != '[') {
            return null;
        }
        int close = line.indexOf(']', i + 1);
        if (close < 0) {
            return null;
        }
        int rest = close + 1;
        for (int k = rest; k < n; k++) {
            if (ReviewLines.endsLine(line.charAt(k))) {
                Matcher m = BRACKETED.matcher(line);
                return m.matches() ? new String[] {m.group(1).strip(), m.group(2).strip()} : null;
            }
        }
        if (line.startsWith("**", rest)) {
            rest += 2;
        }
        rest = RegexSpace.skip(line, rest);
        if (rest < n && "-\u2013\u2014:".indexOf(line.charAt(rest)) >= 0) {
            rest = RegexSpace.skip(line, rest + 1);
        }
        return new String[] {line.substring(i + 1, close).strip(), line.substring(rest).strip()};
    }

    /**
     * False when none of the entry patterns can match: after white space and an optional bullet, an entry starts
     * with "[", a digit, or "**" before either. Most lines of a timeline are points, and this spares them the
     * three patterns.
     */
    private static boolean mayBeEntry(String line) {
        int i = RegexSpace.skip(line, 0);
        if (startsEntry(line, i)) {
            return true;
        }
        if (i < line.length() && "-*+".indexOf(line.charAt(i)) >= 0) {
            int after = RegexSpace.skip(line, i + 1);
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

}
