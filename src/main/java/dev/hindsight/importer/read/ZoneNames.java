package dev.hindsight.importer.read;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names post-mortems give time zones: abbreviations ("PST", "CEST", "SGT"), each standing for a region whose
 * rules decide the offset on the day, region ids ("Europe/Berlin"), and words ("Pacific", "2:14 PM Central"). Part
 * of {@link Times}. Thread-safe.
 */
final class ZoneNames {

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UTC", "UTC"), Map.entry("GMT", "UTC"), Map.entry("Z", "UTC"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("PT", "America/Los_Angeles"), Map.entry("PACIFIC", "America/Los_Angeles"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"), Map.entry("MT", "America/Denver"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"), Map.entry("CT", "America/Chicago"),
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("ET", "America/New_York"), Map.entry("EASTERN", "America/New_York"),
            Map.entry("CET", "Europe/Berlin"), Map.entry("CEST", "Europe/Berlin"),
            Map.entry("BST", "Europe/London"), Map.entry("WET", "Europe/Lisbon"), Map.entry("IST", "Asia/Kolkata"),
            Map.entry("JST", "Asia/Tokyo"), Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
            Map.entry("WAT", "Africa/Lagos"), Map.entry("SAST", "Africa/Johannesburg"),
            Map.entry("SGT", "Asia/Singapore"), Map.entry("HKT", "Asia/Hong_Kong"), Map.entry("KST", "Asia/Seoul"),
            Map.entry("NZST", "Pacific/Auckland"), Map.entry("NZDT", "Pacific/Auckland"),
            Map.entry("AWST", "Australia/Perth"), Map.entry("BRT", "America/Sao_Paulo"),
            Map.entry("ART", "America/Argentina/Buenos_Aires"),
            Map.entry("EET", "Europe/Helsinki"), Map.entry("EEST", "Europe/Helsinki"), Map.entry("MSK", "Europe/Moscow"),
            Map.entry("HST", "Pacific/Honolulu"), Map.entry("AKST", "America/Anchorage"),
            Map.entry("AKDT", "America/Anchorage"), Map.entry("EAT", "Africa/Nairobi"),
            Map.entry("ACST", "Australia/Adelaide"), Map.entry("ACDT", "Australia/Adelaide"),
            Map.entry("NST", "America/St_Johns"), Map.entry("NDT", "America/St_Johns"));
    /** "(PST)", and the abbreviation first before its offset: "Australian Eastern Standard Time (AEST, UTC+10)". */
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([A-Za-z]{1,5})(?:\\)|,\\s*(?:UTC|GMT)\\s?[+-\u2212])");
    private static final Pattern REGION = Pattern.compile("\\b[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");
    private static final int LONGEST_ZONE_WORD = ZONES.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** "2:14 PM Central", "(Mountain)", "Central Time": a US zone's word where it stands as one (group 1 or 2: Central). */
    private static final Pattern US_ZONE_WORD = Pattern.compile("(?i)(?:(?:\\d\\s*[ap]\\.?m\\.?\\s*|\\(\\s*)"
            + "(?:us\\s+)?(?:(central)|mountain)\\b(?!\\s+europ)"
            + "|\\b(?:(central)|mountain)\\s+(?:standard\\s+|daylight\\s+)?time\\b)");

    private ZoneNames() {
    }

    /** Whether the word, in upper case, is an abbreviation this table knows. */
    static boolean abbreviation(String upper) {
        return ZONES.containsKey(upper);
    }

    /** The zone the text names: an abbreviation (PST), a region id (Europe/Berlin), "Pacific Time (PT)". */
    static Optional<ZoneId> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher paren = PARENTHESISED.matcher(text);
        if (paren.find() && ZONES.containsKey(paren.group(1).toUpperCase(Locale.ROOT))) {
            return Optional.of(ZoneId.of(ZONES.get(paren.group(1).toUpperCase(Locale.ROOT))));
        }
        Matcher region = REGION.matcher(text);
        if (region.find()) {
            try {
                return Optional.of(ZoneId.of(region.group()));
            } catch (DateTimeException e) {
                // not a zone after all
            }
        }
        String named = zoneWord(text);
        if (named != null) {
            return Optional.of(ZoneId.of(ZONES.get(named)));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("pacific")) {
            return Optional.of(ZoneId.of("America/Los_Angeles"));
        }
        String word = lower.strip();
        if (word.equals("central") || word.equals("mountain")) {
            return Optional.of(ZoneId.of(word.equals("central") ? "America/Chicago" : "America/Denver"));
        }
        if (lower.contains("central") || lower.contains("mountain")) {
            // "2:14 PM Central", "(Central)", "Mountain Time": a US zone only where it stands as one, not in "Central
            // European Time" or "the central database".
            Matcher us = US_ZONE_WORD.matcher(text);
            if (us.find()) {
                return Optional.of(ZoneId.of(us.group(1) != null || us.group(2) != null ? "America/Chicago"
                        : "America/Denver"));
            }
        }
        if (lower.contains("west africa")) {
            // "All times West African Time (WAT)", written out
            return Optional.of(ZoneId.of("Africa/Lagos"));
        }
        return Optional.empty();
    }

    /**
     * The first word of the text, in upper case, that {@link #ZONES} knows: the words being the runs of letters
     * A-Z once the text is in upper case. By hand for ASCII text, as every timeline row is asked; other text is
     * split as before, since upper-casing it can change its length and letters.
     */
    /**
     * Whether a word names the zone as written: an abbreviation in capitals ("ART", "EAT", "WET", "ET"; not "state of
     * the art", "eat", "wet", "et al."), "Pacific" and "Eastern" in any case.
     */
    private static boolean written(String word, String upper) {
        return upper.length() > 5 || word.equals(upper);
    }

    private static String zoneWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                for (String word : text.split("[^A-Za-z]+")) {
                    String upper = word.toUpperCase(Locale.ROOT);
                    if (ZONES.containsKey(upper) && written(word, upper)) {
                        return upper;
                    }
                }
                return null;
            }
        }
        int i = 0;
        while (i < text.length()) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start <= LONGEST_ZONE_WORD) {
                String word = text.substring(start, i).toUpperCase(Locale.ROOT);
                if (ZONES.containsKey(word) && written(text.substring(start, i), word)) {
                    return word;
                }
            }
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
