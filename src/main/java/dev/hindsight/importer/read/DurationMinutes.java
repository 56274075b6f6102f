package dev.hindsight.importer.read;

import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response time as people fill it in: "12 min", "1h 20m", "about an hour", "1 hour, 20 minutes", "an hour and a
 * half", "2.5 hours", "1:20", "45". Whole minutes, rounded down. Stateless.
 */
public final class DurationMinutes {

    private static final Pattern PART = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])"
                    + "(\\s+and\\s+a\\s+half)?");
    private static final Pattern CLOCK = Pattern.compile("^~?\\s*(\\d{1,2}):(\\d{2})$");
    private static final Pattern BARE = Pattern.compile("^(?:~|about|around|approx\\.?|roughly)?\\s*(\\d+)$");
    private static final Pattern WORD_NUMBER = Pattern.compile("\\b(an?|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)\\s+(?=(?:days?|hours?|hrs?|"
            + "minutes?|mins?|seconds?|secs?)\\b)");
    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("a", "1"), Map.entry("an", "1"),
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("fifteen", "15"), Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("forty-five", "45"), Map.entry("fifty", "50"), Map.entry("sixty", "60"),
            Map.entry("ninety", "90"));

    private DurationMinutes() {
    }

    /** The minutes the text states, or empty when it states none ("N/A", "unknown", "we never did"). */
    public static Optional<Long> minutes(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip().replace("half an hour", "30 minutes")
                .replace("half a day", "12 hours");
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            return Optional.of(Long.parseLong(clock.group(1)) * 60 + Long.parseLong(clock.group(2)));
        }
        Matcher bare = BARE.matcher(t);
        if (bare.matches()) {
            return Optional.of(Long.parseLong(bare.group(1)));
        }
        CharSequence words = t;
        if (mayNameNumber(t)) {
            StringBuilder replaced = new StringBuilder();
            Matcher w = WORD_NUMBER.matcher(t);
            while (w.find()) {
                w.appendReplacement(replaced, NUMBERS.get(w.group(1)) + " ");
            }
            w.appendTail(replaced);
            words = replaced;
        }
        Matcher m = PART.matcher(words);
        double seconds = 0;
        boolean found = false;
        while (m.find()) {
            double n = Double.parseDouble(m.group(1).replace(',', '.'));
            if (m.group(3) != null) {
                n += 0.5;
            }
            seconds += n * switch (m.group(2).charAt(0)) {
                case 'd' -> 86_400;
                case 'h' -> 3_600;
                case 'm' -> 60;
                default -> 1;
            };
            found = true;
        }
        return found ? Optional.of((long) Math.floor(seconds / 60 + 1e-9)) : Optional.empty();
    }

    /**
     * Whether {@link #WORD_NUMBER} can match: each of its words ends with a letter a-z, and white space follows.
     * "12 minutes" has no such place and is not searched word by word.
     */
    private static boolean mayNameNumber(String t) {
        for (int i = 1; i < t.length(); i++) {
            char before = t.charAt(i - 1);
            if (isRegexSpace(t.charAt(i)) && before >= 'a' && before <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** White space as the regex {@code \s} reads it, which {@link #WORD_NUMBER} looks for. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
