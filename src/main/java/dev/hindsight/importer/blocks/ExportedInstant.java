package dev.hindsight.importer.blocks;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A moment an export keeps in a form of its own (a JSON record's seconds since 1970, Jira's RFC 1123 date) as it is
 * written into the text the readers read: ISO 8601 to the second with its offset ("2026-03-03T09:41:12+01:00"),
 * which the time readers take whole, offset and all. Thread-safe.
 */
final class ExportedInstant {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    private ExportedInstant() {
    }

    /** The moment, which must carry its offset (a zoned or offset date-time), as ISO 8601 to the second. */
    static String written(TemporalAccessor at) {
        return WRITTEN.format(at);
    }
}
