package dev.hindsight.lint.consistency;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list as one pattern: a word ending in "*" matches any word it starts ("alert*" finds "alerting"), any
 * other matches whole, a plural "s" allowed. Case is ignored. Immutable; thread-safe.
 */
final class Phrases {

    /** What {@link #isWhole} strips from the end: compiled once, not by {@code replaceAll} for every field. */
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.!]+$");

    private final Pattern pattern;

    Phrases(List<String> words) {
        String alternatives = words.stream().map(w -> w.endsWith("*")
                        ? Pattern.quote(w.substring(0, w.length() - 1)) + "[\\p{L}\\d-]*"
                        : Pattern.quote(w) + "s?(?![\\p{L}\\d])")
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + (alternatives.isEmpty() ? "(?!)" : alternatives) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean foundIn(String text) {
        return text != null && pattern.matcher(text).find();
    }

    /** True when the whole text, stripped of end punctuation, is one of the words. */
    boolean isWhole(String text) {
        if (text == null) {
            return false;
        }
        String t = END_PUNCTUATION.matcher(text.strip()).replaceAll("");
        var m = pattern.matcher(t);
        return m.lookingAt() && m.end() == t.length();
    }
}
