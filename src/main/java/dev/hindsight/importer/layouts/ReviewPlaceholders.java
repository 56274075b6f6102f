package dev.hindsight.importer.layouts;

/**
 * {@link Placeholders} for the review reader, which asks about nearly every value, cell and item it reads. A
 * placeholder is one of a few fixed shapes, so the text is read by hand: its first character rules most text
 * out, and the rest is compared with the shapes. Answers exactly as {@link Placeholders}. Stateless.
 */
final class ReviewPlaceholders {

    /**
     * The characters a placeholder can start with after white space: "[", "<", "{" for bracketed ones, and the
     * first letters of the fixed shapes in either case ("YYYY-MM-DD", "HH:MM", "INC-", "SEV-X", "X hours",
     * "$X", "TBD", "TODO", "⬜", "...", "#").
     */
    private static final String FIRST = "[<{YyHhIiSsXxTt$⬜.#";
    /** The fixed shapes {@link Placeholders} knows, in lower case; it compares them ignoring ASCII case. */
    private static final String[] SHAPES = {"yyyy-mm-dd", "yyyy-mm-dd hh:mm", "yyyy-mm-dd hh:mm utc", "hh:mm",
        "hh:mm xm", "hh:mm utc", "inc-yyyy-nnnn", "sev-x", "sev-xxxx", "x hours y minutes", "$x or n/a", "tbd",
        "todo", "\u2b1c", "...", "[ ]"};

    private ReviewPlaceholders() {
    }

    /** True when the text is empty or is only a placeholder. */
    static boolean isUnfilled(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        int from = 0;
        while (RegexSpace.is(text.charAt(from))) {
            from++;
        }
        char c = text.charAt(from);
        if (FIRST.indexOf(c) < 0) {
            return false;
        }
        int to = text.length();
        while (RegexSpace.is(text.charAt(to - 1))) {
            to--;
        }
        return bracketed(text, from, to) || shape(text, from, to);
    }

    /**
     * "[anything but ']']", "<anything but '>'>" that is no autolink, "{CAPITALS_OR_UNDERSCORES}": the text between
     * white space, whole (Placeholders' BRACKETED).
     */
    private static boolean bracketed(String text, int from, int to) {
        char open = text.charAt(from);
        int last = to - 1;
        if (open == '[') {
            return last > from && text.indexOf(']', from + 1) == last;
        }
        if (open == '<') {
            return last > from && text.indexOf('>', from + 1) == last && !text.startsWith("http://", from + 1)
                    && !text.startsWith("https://", from + 1) && !text.startsWith("mailto:", from + 1);
        }
        if (open == '{') {
            if (last <= from + 1 || text.charAt(last) != '}') {
                return false;
            }
            for (int i = from + 1; i < last; i++) {
                char c = text.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c == '_')) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** One of the fixed shapes, ignoring ASCII case, or a run of '#'s (Placeholders' SHAPES). */
    private static boolean shape(String text, int from, int to) {
        if (text.charAt(from) == '#') {
            for (int i = from + 1; i < to; i++) {
                if (text.charAt(i) != '#') {
                    return false;
                }
            }
            return true;
        }
        for (String shape : SHAPES) {
            if (shape.length() == to - from && sameIgnoringAsciiCase(text, from, shape)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringAsciiCase(String text, int from, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The text, or empty when it is only a placeholder. */
    static String value(String text) {
        return isUnfilled(text) ? "" : text.strip();
    }

}
