package dev.hindsight.template;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a template writes times: the SEV document's "2024-05-27 12:00:00am PST", the review template's
 * "14:32 UTC", the Google-Docs layout's "1:40 AM". Zone abbreviations come from the zone's rules at that
 * instant, so a document shows PST before a daylight-saving change and PDT after it.
 */
public record TimeStyle(String dateTimePattern, String timePattern, boolean lowerCaseMeridiem) {

    /** Building a formatter parses its pattern; documents format hundreds of times with a handful of them. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final Map<ZoneId, String> NAMES = new ConcurrentHashMap<>();
    private static final Map<ZoneId, String> ABBREVIATIONS = new ConcurrentHashMap<>();

    public static final TimeStyle ISO_24 = new TimeStyle("yyyy-MM-dd HH:mm z", "HH:mm z", false);
    public static final TimeStyle ISO_12 = new TimeStyle("yyyy-MM-dd h:mm a z", "h:mm a z", false);

    public String dateTime(Instant at, ZoneId zone) {
        return in(zone).dateTime(at);
    }

    public String time(Instant at, ZoneId zone) {
        return in(zone).time(at);
    }

    /** This style in one zone, for writing many times. */
    ShownTimes in(ZoneId zone) {
        return new ShownTimes(zone, formatter(dateTimePattern), formatter(timePattern), lowerCaseMeridiem);
    }

    /** The same style on the other clock, when the caller insists on one. */
    public TimeStyle withClock(boolean twelveHour) {
        boolean isTwelve = timePattern.contains("a");
        if (isTwelve == twelveHour) {
            return this;
        }
        return twelveHour
                ? new TimeStyle(toTwelve(dateTimePattern), toTwelve(timePattern), lowerCaseMeridiem)
                : new TimeStyle(toTwentyFour(dateTimePattern), toTwentyFour(timePattern), false);
    }

    private static String toTwelve(String pattern) {
        return pattern.replace("HH", "h").replace(":ss z", ":ssa z").replace(":mm z", ":mm a z")
                .replace("ssa a", "ssa");
    }

    private static String toTwentyFour(String pattern) {
        return pattern.replace("h:", "HH:").replace(":ssa", ":ss").replace(" a", "");
    }

    private static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, Locale.US));
    }

    /** "Pacific Time" for America/Los_Angeles, "UTC" for UTC. */
    public static String zoneName(ZoneId zone) {
        return NAMES.computeIfAbsent(zone, z -> z.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US)
                .replace("Coordinated Universal Time", "UTC"));
    }

    /** "PT", "CET", "UTC": the generic short name of a zone. */
    public static String zoneAbbreviation(ZoneId zone) {
        return ABBREVIATIONS.computeIfAbsent(zone, z -> z.getDisplayName(TextStyle.SHORT_STANDALONE, Locale.US));
    }
}
