package dev.hindsight.importer.read;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's short name at an instant, as the pattern "zzz" prints it in US English ("PST", "PDT", "CET"). The
 * formatter looks the name up in the locale's zone names every time; the name depends only on the zone and
 * whether the instant is in its summer time, so each pair is looked up once. Timelines ask for every row.
 * Thread-safe.
 */
final class ZoneAbbreviation {

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);
    /** Per zone, the standard name and the summer one; a few hundred zones at most. */
    private static final Map<ZoneId, String[]> NAMES = new ConcurrentHashMap<>();

    private ZoneAbbreviation() {
    }

    static String of(ZonedDateTime at) {
        ZoneId zone = at.getZone();
        boolean summer = zone.getRules().isDaylightSavings(at.toInstant());
        String[] names = NAMES.computeIfAbsent(zone, z -> new String[2]);
        int which = summer ? 1 : 0;
        String name = names[which];
        if (name == null) {
            name = ZONE_NAME.format(at);
            names[which] = name;
        }
        return name;
    }
}
