package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Clocks named by place rather than abbreviation: "all times are UK local time", "at 02:40 Lisbon time", "hora
 * peninsular". A region id's city is a place without listing it ("Monterrey time" is America/Monterrey); countries
 * and local phrases come from importer/zone-words.json. Thread-safe.
 */
final class PlaceTimes {

    private static final ReadingWords WORDS = ReadingWords.load("zone-words.json");
    /** Place (normal form) to region id: the region ids' cities first, then the listed places, which win. */
    private static final Map<String, String> PLACES = places();
    private static final Map<String, String> PHRASES = WORDS.inverse("localPhrases");
    /** A bracketed aside holding a time ("(00:22 Sydney time)"); one without, "(UK time)", states the clock. */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\([^()\\d]*\\d[^()]*\\)");
    private static final String[] AFTER_PLACE = {" local time", " time"};

    private PlaceTimes() {
    }

    private static Map<String, String> places() {
        Map<String, String> out = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.lastIndexOf('/');
            String area = slash < 0 ? "" : id.substring(0, id.indexOf('/'));
            // Only the continents' cities: "Etc/GMT+5" and "US/Pacific" are no places a writer names a clock by.
            if (slash > 0 && (area.equals("Europe") || area.equals("America") || area.equals("Asia")
                    || area.equals("Africa") || area.equals("Australia") || area.equals("Pacific")
                    || area.equals("Atlantic") || area.equals("Indian"))) {
                out.putIfAbsent(ReadingWords.normal(id.substring(slash + 1).replace('_', ' ')), id);
            }
        }
        out.putAll(WORDS.inverse("placeTimes"));
        return Map.copyOf(out);
    }

    /**
     * The one zone the text names by place; empty when it names none, or places in two different zones ("Unless a
     * time says Sydney time, it is Dublin time" leaves the choice to what else the document says).
     */
    static Optional<ZoneId> only(String text) {
        // "15:22 (00:22 Sydney time)": a place in brackets beside its own time converts a time for readers elsewhere,
        // states no clock; "on Saturday 13 June (UK time)" does state it.
        String normal = ReadingWords.normal(ASIDE.matcher(text).replaceAll(" "));
        String found = null;
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            if (ReadingWords.hasPhrase(normal, phrase.getKey())) {
                if (found != null && !found.equals(phrase.getValue())) {
                    return Optional.empty();
                }
                found = phrase.getValue();
            }
        }
        for (String after : AFTER_PLACE) {
            int at = normal.indexOf(after);
            while (at > 0) {
                int end = at + after.length();
                if (end == normal.length() || normal.charAt(end) == ' ') {
                    String zone = placeBefore(normal, at);
                    if (zone != null) {
                        if (found != null && !found.equals(zone)) {
                            return Optional.empty();
                        }
                        found = zone;
                    }
                }
                at = normal.indexOf(after, at + 1);
            }
        }
        return Optional.ofNullable(found).map(ZoneId::of);
    }

    /** The region of the one or two words ending at {@code end} ("lisbon", "mainland spain", "mexico city"). */
    private static String placeBefore(String normal, int end) {
        int one = normal.lastIndexOf(' ', end - 1) + 1;
        if (one >= end) {
            return null;
        }
        if (one > 1) {
            int two = normal.lastIndexOf(' ', one - 2) + 1;
            String zone = PLACES.get(normal.substring(two, end));
            if (zone != null) {
                return zone;
            }
        }
        return PLACES.get(normal.substring(one, end).toLowerCase(Locale.ROOT));
    }
}
