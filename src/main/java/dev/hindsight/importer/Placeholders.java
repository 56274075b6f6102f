package dev.hindsight.importer;

import java.util.regex.Pattern;

/**
 * Recognises a template's unfilled placeholders ("[Name]", "<put time here>", "{TITLE}", "YYYY-MM-DD",
 * "[X hours Y minutes]") so that an unfilled field reads as unknown rather than as its own placeholder text.
 */
public final class Placeholders {

    /** "[Name]", "<put time here>", "{TITLE}"; not an autolink such as {@code <https://example.com>}. */
    private static final Pattern BRACKETED = Pattern.compile(
            "^\\s*(\\[[^\\]]*\\]|<(?!https?://|mailto:)[^>]*>|\\{[A-Z_]+\\})\\s*$");
    private static final Pattern SHAPES = Pattern.compile(
            "(?i)^\\s*(YYYY-MM-DD( HH:MM( UTC)?)?|HH:MM( XM| UTC)?|INC-YYYY-NNNN|SEV-X(XXX)?|X hours Y minutes|"
                    + "\\$X or N/A|TBD|TODO|⬜|\\.\\.\\.|#+|\\[ \\])\\s*$");

    private Placeholders() {
    }

    /** True when the text is empty or is only a placeholder. */
    public static boolean isUnfilled(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        // Every placeholder starts with one of these; most real values do not, and skip both regexes.
        char first = text.strip().charAt(0);
        if ("[<{YyHhIiSsXx$TtN⬜.#".indexOf(first) < 0) {
            return false;
        }
        return BRACKETED.matcher(text).matches() || SHAPES.matcher(text).matches();
    }

    /** The text, or empty when it is only a placeholder. */
    public static String value(String text) {
        return isUnfilled(text) ? "" : text.strip();
    }
}
