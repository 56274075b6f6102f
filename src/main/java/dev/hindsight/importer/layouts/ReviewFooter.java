package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the review's footer: "**Next Review:**", "**Owner:**" and "**Document Status:**" lines, wherever in the
 * document they ended up. The footer is the last thing in the layout, so finding it means going over every line
 * of the document: each line is read by hand, and only a label whose key could be a footer's is compared.
 * Stateless.
 */
final class ReviewFooter {

    /** As {@link Section}'s own "**Label:** value" pattern: "^\\s*(?:[-*+]\\s+)?\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$". */
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
                    if (!valued(line, at)) {
                        break;
                    }
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
     * Whether the line is shaped as Section's LABELLED pattern reads it, up to its value (see {@link #valued});
     * if so, where its label starts and ends and where its value starts, in {@code at}. The pattern reads "**" after white space and an optional bullet, the label up to the
     * first '*' (less a colon just before it), which must open "**", then an optional colon and white space.
     */
    static boolean label(String line, int[] at) {
        int n = line.length();
        int i = RegexSpace.skip(line, 0);
        if (i >= n) {
            return false;
        }
        char c = line.charAt(i);
        int open;
        if ((c == '-' || c == '*' || c == '+') && i + 1 < n && RegexSpace.is(line.charAt(i + 1))) {
            int after = RegexSpace.skip(line, i + 1);
            if (!line.startsWith("**", after)) {
                return false;
            }
            open = after + 2;
        } else if (line.startsWith("**", i)) {
            open = i + 2;
        } else {
            return false;
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
        at[2] = RegexSpace.skip(line, value);
        return true;
    }

    /**
     * Whether the pattern matches a line {@link #label} found a label in: only when its value holds no character
     * '.' does not match. Asked only of lines with a wanted label, as it reads the whole value.
     */
    static boolean valued(String line, int[] at) {
        for (int i = at[2]; i < line.length(); i++) {
            if (ReviewLines.endsLine(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
