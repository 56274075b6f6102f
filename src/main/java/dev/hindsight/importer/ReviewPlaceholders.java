package dev.hindsight.importer;

/**
 * {@link Placeholders} for the review reader, which asks about nearly every value and item it reads: most are
 * filled in, and their first character already rules out every placeholder shape, so the patterns are only
 * run on text that could be one. Answers exactly as {@link Placeholders}. Stateless.
 */
final class ReviewPlaceholders {

    /**
     * The characters a placeholder can start with after white space: "[", "<", "{" for bracketed ones, and the
     * first letters of the fixed shapes in either case ("YYYY-MM-DD", "HH:MM", "INC-", "SEV-X", "X hours",
     * "$X", "TBD", "TODO", "⬜", "...", "#").
     */
    private static final String FIRST = "[<{YyHhIiSsXxTt$⬜.#";

    private ReviewPlaceholders() {
    }

    /** True when the text is empty or is only a placeholder. */
    static boolean isUnfilled(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        int i = 0;
        while (isSpace(text.charAt(i))) {
            i++;
        }
        return FIRST.indexOf(text.charAt(i)) >= 0 && Placeholders.isUnfilled(text);
    }

    /** The text, or empty when it is only a placeholder. */
    static String value(String text) {
        return isUnfilled(text) ? "" : text.strip();
    }

    /** What "\\s" matches in a pattern. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
