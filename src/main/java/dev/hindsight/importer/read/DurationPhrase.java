package dev.hindsight.importer.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of text stating a duration: "84 minutes", "1h 24m", "1 hour and 48 minutes", "about an hour and a
 * half", "2.5 hrs". Found part by part (a number and a unit), then extended over the parts that follow it joined by
 * a space, a comma or "and", so no pattern repeats over the whole phrase and a long line cannot make it backtrack.
 *
 * @param start where it starts in the text (including "about", "~" and the like)
 * @param end   where it ends
 * @param text  the phrase as written
 */
record DurationPhrase(int start, int end, String text) {

    private static final String NUMBER = "(?:(?<!\\d)(?<!\\d[.,])\\d++(?:[.,]\\d++)?"
            + "|\\b(?:half\\s+an?|an?|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety)\\b)";
    private static final Pattern PART = Pattern.compile("(?i)" + NUMBER + "\\s*(?:days?|d|hours?|hrs?|h|minutes?|mins?"
            + "|m|seconds?|secs?|s)(?![a-z])(?:\\s+and\\s+a\\s+half)?");
    private static final Pattern JOIN = Pattern.compile("(?i)\\s*+(?:,\\s*+|and\\s++)?");
    /** Words before a figure that say it is rounded; kept in the phrase, as they were written. */
    private static final Pattern ABOUT = Pattern.compile("(?i)(?:about|approximately|approx\\.?|roughly|around|nearly"
            + "|almost|just\\s+over|just\\s+under|over|under|some|~|≈)\\s*+");

    /** The first duration in the text at or after {@code from}. */
    static Optional<DurationPhrase> find(String text, int from) {
        Matcher m = PART.matcher(text);
        m.region(from, text.length());
        return m.find() ? Optional.of(extend(text, m.start(), m.end())) : Optional.empty();
    }

    /** The duration starting at {@code at} (after white space and a word such as "about"), if one starts there. */
    static Optional<DurationPhrase> at(String text, int at) {
        int start = at;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher about = ABOUT.matcher(text);
        about.region(start, text.length());
        int figure = about.lookingAt() ? about.end() : start;
        Matcher m = PART.matcher(text);
        m.region(figure, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        DurationPhrase phrase = extend(text, figure, m.end());
        return Optional.of(new DurationPhrase(start, phrase.end(), text.substring(start, phrase.end())));
    }

    private static DurationPhrase extend(String text, int start, int end) {
        Matcher join = JOIN.matcher(text);
        Matcher part = PART.matcher(text);
        while (end < text.length()) {
            join.region(end, text.length());
            if (!join.lookingAt()) {
                break;
            }
            part.region(join.end(), text.length());
            if (!part.lookingAt() || part.end() == join.end()) {
                break;
            }
            end = part.end();
        }
        return new DurationPhrase(start, end, text.substring(start, end));
    }
}
