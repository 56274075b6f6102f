package dev.hindsight.template;

import java.time.ZoneId;

/**
 * How to render a document.
 *
 * @param zone         the zone to show times in; null for the record's own zone
 * @param twelveHour   12-hour clock ("1:40 AM") when true, 24-hour when false, the template's habit when null
 * @param placeholders write the template's placeholder where a value is unknown ("[Name]"); when false, leave it empty
 * @param guidance     keep the template's guidance text (the italic instructions to the writer)
 */
public record RenderOptions(ZoneId zone, Boolean twelveHour, boolean placeholders, boolean guidance) {

    /** The record's zone, the template's clock, placeholders on, guidance off: a filled-in document. */
    public static RenderOptions defaults() {
        return new RenderOptions(null, null, true, false);
    }

    public RenderOptions withGuidance(boolean keep) {
        return new RenderOptions(zone, twelveHour, placeholders, keep);
    }

    public RenderOptions withPlaceholders(boolean keep) {
        return new RenderOptions(zone, twelveHour, keep, guidance);
    }

    public RenderOptions withZone(ZoneId newZone) {
        return new RenderOptions(newZone, twelveHour, placeholders, guidance);
    }

    public RenderOptions withTwelveHour(Boolean twelve) {
        return new RenderOptions(zone, twelve, placeholders, guidance);
    }
}
