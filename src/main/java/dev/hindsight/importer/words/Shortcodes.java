package dev.hindsight.importer.words;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emoji written as chat shortcodes (":bell:", ":white_check_mark:"), as a Slack canvas or a pasted channel keeps
 * them: decoration before a heading's or a timeline entry's words, not part of them. Thread-safe.
 */
public final class Shortcodes {

    private static final Pattern LEADING = Pattern.compile("\\G(?::[a-z0-9_+-]{1,40}:\\s*)+");

    private Shortcodes() {
    }

    /**
     * Where the words start after the shortcodes at {@code from} (":clock3: What happened"), or {@code from} when
     * none stands there, or when nothing but shortcodes follows (then they are the words).
     */
    public static int after(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ':') {
            return from;
        }
        Matcher m = LEADING.matcher(text);
        return m.find(at) && m.end() < text.length() ? m.end() : from;
    }

    /** Whether a shortcode starts at {@code at} (":ok:"), whatever follows it. */
    public static boolean opens(String text, int at) {
        Matcher m = LEADING.matcher(text);
        return at < text.length() && text.charAt(at) == ':' && m.find(at) && m.start() == at;
    }

    /** The text without the shortcodes it opens with. */
    public static String without(String text) {
        int at = after(text, 0);
        return at == 0 ? text : text.substring(at);
    }
}
