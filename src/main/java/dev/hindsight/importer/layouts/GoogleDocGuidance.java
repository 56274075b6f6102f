package dev.hindsight.importer.layouts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the Google-Docs seed leaves in for the writer, not content: its guidance sentences and examples, and the
 * placeholders of fields nobody filled in.
 */
final class GoogleDocGuidance {

    private static final List<String> GUIDANCE = List.of("high level of the impact",
            "this should be a compressed version of the investigation doc timeline",
            "short version of what has happened well", "short version of what did not go well",
            "short version of what didn t go well", "if things could have been much worse",
            "summarize all the things that led to this problem");
    private static final Pattern BRACKETS = Pattern.compile("^(\\s*<[^<>]*>\\s*)+$");
    /** As long as the longest guidance sentence: only their starts are compared. */
    private static final int GUIDANCE_KEY = GUIDANCE.stream().mapToInt(String::length).max().orElse(0);

    private GoogleDocGuidance() {
    }

    /**
     * The seed's instructions and examples, left in or rendered with guidance on: its guidance sentences,
     * italic-only Markdown lines, unfilled placeholders, "E.g." examples.
     */
    static boolean isGuidance(String text) {
        String t = text.strip();
        if (t.isEmpty() || Section.isGuidance(t) || unfilled(t)) {
            return true;
        }
        // Every sentence starts with 'h', 'i', 's' or 't', an example with "e g ": most text is told by its start.
        String start = Section.normal(t, 4);
        if (start.equals("e g ")) {
            return true;
        }
        if (start.isEmpty() || "hist".indexOf(start.charAt(0)) < 0) {
            return false;
        }
        String k = Section.normal(t, GUIDANCE_KEY);
        for (String guidance : GUIDANCE) {
            if (k.startsWith(guidance)) {
                return true;
            }
        }
        return k.startsWith("e g ");
    }

    /** Empty, a placeholder, or only bracketed placeholders ("&lt;Patient/Provider&gt; &lt;Web/iOS&gt;"). */
    static boolean unfilled(String text) {
        return Placeholders.isUnfilled(text) || text.indexOf('<') >= 0 && BRACKETS.matcher(text).matches()
                || text.indexOf(':') >= 0 && isClockPlaceholder(text.strip());
    }

    /**
     * Whether the stripped text, lowered, is "hh:mm" or "hh:mm xm" (the regex "hh:mm( xm)?" on the lowered
     * text): no character but these ASCII letters lowers to them, so the text need not be lowered to be compared.
     */
    private static boolean isClockPlaceholder(String t) {
        if (t.length() != 5 && t.length() != 8) {
            return false;
        }
        if (!isLetter(t, 0, 'h') || !isLetter(t, 1, 'h') || t.charAt(2) != ':' || !isLetter(t, 3, 'm')
                || !isLetter(t, 4, 'm')) {
            return false;
        }
        return t.length() == 5 || t.charAt(5) == ' ' && isLetter(t, 6, 'x') && isLetter(t, 7, 'm');
    }

    private static boolean isLetter(String t, int at, char lower) {
        char c = t.charAt(at);
        return c == lower || c == lower - ('a' - 'A');
    }
}
