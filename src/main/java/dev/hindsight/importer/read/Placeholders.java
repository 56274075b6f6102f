package dev.hindsight.importer.read;

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
        if (text == null) {
            return true;
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return true;
        }
        // Every cell of every document comes through here: most values start in a way no placeholder does
        // and skip both regexes. The shapes that start with a letter: YYYY-, HH:MM, INC-, SEV-, "X hours", TBD, TODO.
        char first = Character.toLowerCase(text.charAt(i));
        if (first >= 'a' && first <= 'z' || first >= '0' && first <= '9') {
            String second = switch (first) {
                case 'y' -> "y";
                case 'h' -> "h";
                case 'i' -> "n";
                case 's' -> "e";
                case 'x' -> " ";
                case 't' -> "bo";
                default -> "";
            };
            if (i + 1 >= text.length() || second.indexOf(Character.toLowerCase(text.charAt(i + 1))) < 0) {
                return false;
            }
        } else if ("[<{$⬜.#".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        return BRACKETED.matcher(text).matches() || SHAPES.matcher(text).matches();
    }

    /** The text, or empty when it is only a placeholder. */
    public static String value(String text) {
        return isUnfilled(text) ? "" : text.strip();
    }
}
