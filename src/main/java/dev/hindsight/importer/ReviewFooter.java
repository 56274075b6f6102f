package dev.hindsight.importer;

import dev.hindsight.incident.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the review's footer: "**Next Review:**", "**Owner:**" and "**Document Status:**" lines, wherever in the
 * document they ended up. The footer is the last thing in the layout, so finding it means going over every line
 * of the document: each line is read by hand, and only a label whose key could be a footer's is compared.
 * Stateless.
 */
final class ReviewFooter {

    /** As {@link Section}'s own "**Label:** value" pattern; only for lines holding a line-ending character. */
    private static final Pattern LABELLED = Pattern.compile("^\\s*(?:[-*+]\\s+)?\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");
    private static final String[] LABELS = {"next review", "owner", "document status"};

    private ReviewFooter() {
    }

    static void read(ReviewDraft draft, LocalDate nextReview) {
        String[] footer = labelled(draft.lines, LABELS);
        LocalDate next = nextReview != null ? nextReview : ReviewValues.date(footer[0]);
        draft.record.nextReviewDate(next);
        draft.record.owner(footer[1]);
        if (draft.status() == Status.DRAFT) {
            ReviewValues.status(footer[2]).ifPresent(draft::status);
        }
    }

    /**
     * The values of "**Label:** value" lines anywhere in the document, for each of these normalised labels the
     * first line that has it, as {@link Section#labelled} reads one; empty when none.
     */
    static String[] labelled(List<String> lines, String... wanted) {
        String[] out = new String[wanted.length];
        int missing = wanted.length;
        int[] at = new int[3];
        for (String line : lines) {
            if (missing == 0) {
                break;
            }
            if (!label(line, at)) {
                continue;
            }
            for (int i = 0; i < wanted.length; i++) {
                if (out[i] == null && ReviewKeys.is(wanted[i], line, at[0], at[1])) {
                    out[i] = Section.unescape(ReviewPlaceholders.value(line.substring(at[2])));
                    missing--;
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] == null ? "" : out[i];
        }
        return out;
    }

    /**
     * Whether {@link #LABELLED} matches the line; if so, where its label starts and ends and where its value
     * starts, in {@code at}. The pattern reads "**" after white space and an optional bullet, the label up to the
     * first '*' (less a colon just before it), which must open "**", then an optional colon and white space.
     */
    static boolean label(String line, int[] at) {
        int n = line.length();
        int i = skipSpace(line, 0);
        if (i >= n) {
            return false;
        }
        char c = line.charAt(i);
        int open;
        if ((c == '-' || c == '*' || c == '+') && i + 1 < n && isSpace(line.charAt(i + 1))) {
            int after = skipSpace(line, i + 1);
            if (!line.startsWith("**", after)) {
                return false;
            }
            open = after + 2;
        } else if (line.startsWith("**", i)) {
            open = i + 2;
        } else {
            return false;
        }
        if (endsLines(line)) {
            return byPattern(line, at);
        }
        int star = line.indexOf('*', open);
        if (star <= open || star + 1 >= n || line.charAt(star + 1) != '*') {
            return false;
        }
        at[0] = open;
        at[1] = line.charAt(star - 1) == ':' && star - 1 > open ? star - 1 : star;
        int value = star + 2;
        if (value < n && line.charAt(value) == ':') {
            value++;
        }
        at[2] = skipSpace(line, value);
        return true;
    }

    private static boolean byPattern(String line, int[] at) {
        Matcher m = LABELLED.matcher(line);
        if (!m.matches()) {
            return false;
        }
        at[0] = m.start(1);
        at[1] = m.end(1);
        at[2] = m.start(2);
        return true;
    }

    /** Whether the line holds a character '.' does not match, which the pattern is left to judge. */
    private static boolean endsLines(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What "\\s" matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
