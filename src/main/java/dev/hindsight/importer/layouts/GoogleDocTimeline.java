package dev.hindsight.importer.layouts;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Google-Docs timeline: "h:mm AM&lt;TAB&gt;event" rows in the one zone the title states ("All times are in
 * PT (America/Los_Angeles)"), the date written on the first row and wherever the day changes. A row without a
 * date is on the day of the row before it. Where a wall-clock time happens twice (the hour a daylight-saving
 * change repeats), the abbreviation or offset written after it ("1:30 AM PST") says which; without one, or where
 * the time goes backwards, the earliest instant not before the previous row is meant. A row that
 * starts with a milestone's name ("Detected: ...") is that milestone; when no row does, milestones are guessed
 * from the words.
 */
final class GoogleDocTimeline {

    private static final Map<String, EventKind> NAMES = new LinkedHashMap<>();
    private static final Pattern ZONE_ID = Pattern.compile("\\(\\s*([A-Za-z]+(?:/[A-Za-z0-9_+\\-]+)+|UTC|GMT)\\s*\\)");

    static {
        for (EventKind kind : EventKind.values()) {
            if (kind.isMilestone()) {
                NAMES.put(kind.label().toLowerCase(Locale.ROOT), kind);
                for (String part : kind.label().split("\\s*/\\s*")) {
                    NAMES.putIfAbsent(part.toLowerCase(Locale.ROOT), kind);
                }
            }
        }
        NAMES.putIfAbsent("started at", EventKind.STARTED);
        NAMES.putIfAbsent("started", EventKind.STARTED);
        NAMES.putIfAbsent("resolved at", EventKind.RESOLVED);
        NAMES.putIfAbsent("partial recovery", EventKind.PARTIALLY_RECOVERED);
        NAMES.putIfAbsent("mitigated", EventKind.MITIGATED);
        NAMES.putIfAbsent("declared", EventKind.DECLARED);
        NAMES.putIfAbsent("closed", EventKind.CLOSED);
    }

    private GoogleDocTimeline() {
    }

    /** The zone the timeline title states, by region id in brackets first, then by abbreviation or name. */
    static Optional<ZoneId> zone(String title) {
        int in = title.toLowerCase(Locale.ROOT).indexOf("times are in");
        String stated = in < 0 ? title : title.substring(in + "times are in".length());
        if (GoogleDocGuidance.unfilled(stated) || stated.contains("TTT")) {
            return Optional.empty();
        }
        Matcher id = ZONE_ID.matcher(stated);
        while (id.find()) {
            try {
                return Optional.of(ZoneId.of(id.group(1)));
            } catch (DateTimeException e) {
                // not a region id; try the words
            }
        }
        return Times.zone(stated);
    }

    /** A timeline row: its cells (the time first, then the text) and the time of day its first cell holds. */
    record Row(List<String> cells, Times.TimeOfDay time) {
    }

    /**
     * The time of day a row's time cell holds, with a date and a zone when written there; null when the cell is
     * not a time cell.
     */
    static Times.TimeOfDay time(String cell) {
        // Every row's label is asked: the cheap tests first.
        if (cell.length() > 40 || cell.indexOf(':') < 0 || !GoogleDocTimeCells.isTimeCell(cell.strip())
                || GoogleDocGuidance.unfilled(cell)) {
            return null;
        }
        return Times.time(cell).orElse(null);
    }

    /**
     * The events of the rows.
     *
     * @param day the date to assume until a row writes one (null when the document gives none)
     */
    static List<TimelineEvent> events(List<Row> rows, ZoneId zone, LocalDate day, ImportContext context) {
        List<TimelineEvent> events = new ArrayList<>();
        boolean marked = false;
        Instant previous = null;
        LocalDate current = day;
        for (Row row : rows) {
            List<String> cells = row.cells();
            String when = cells.get(0);
            String what = cells.size() < 2 ? "" : cells.size() == 2 ? cells.get(1).strip()
                    : String.join("\t", cells.subList(1, cells.size())).strip();
            Times.TimeOfDay time = row.time();
            Optional<LocalDate> written = Times.date(when);
            LocalDate date = written.orElse(current);
            if (date == null) {
                context.note("timeline row '" + when + "' has no date and the document gives none; skipped"
                        + " (write the date on the first row: '2026-03-08 1:40 AM')");
                continue;
            }
            LocalDateTime local = date.atTime(time.time());
            String named = GoogleDocTimeCells.offsetName(when.strip());
            // "1:30 AM PST" in a Pacific document names one of the two 1:30s, not another zone.
            boolean ofZone = false;
            if (named != null) {
                for (ZoneOffset o : zone.getRules().getValidOffsets(local)) {
                    ofZone |= isNamed(local.toInstant(o), zone, named);
                }
            }
            ZoneId in = time.zone() != null && !ofZone ? time.zone() : zone;
            Instant at = place(local, in, previous, written.isEmpty(), named);
            EventKind kind = EventKind.NOTE;
            String[] milestone = milestone(what);
            if (milestone != null) {
                kind = NAMES.get(milestone[0]);
                what = milestone[1];
                marked = true;
            } else if (GoogleDocGuidance.unfilled(what)) {
                String k = Section.normal(what);
                kind = k.equals("started at") ? EventKind.STARTED : k.equals("resolved at") ? EventKind.RESOLVED : null;
                if (kind == null) {
                    context.note("timeline row '" + when + "' says nothing happened; skipped");
                    continue;
                }
                what = "";
                marked = true;
            }
            events.add(new TimelineEvent(at, in, what, kind, null, null));
            previous = at;
            current = at.atZone(in).toLocalDate();
        }
        return marked ? events : Milestones.guess(events);
    }

    /**
     * The name of a milestone the text starts with ("Detected: ...", what the regex
     * "(?i)^(name|...)\\s*:\\s*(.*)$" with DOTALL, longest name first, matched) in lower case
     * and the text after its colon, stripped; null when it names none. The name is what stands before the first
     * colon (no name holds one), spaces dropped, so it is looked up rather than tried name by name.
     */
    private static String[] milestone(String what) {
        int colon = what.indexOf(':');
        int end = colon;
        while (end > 0 && RegexSpace.is(what.charAt(end - 1))) {
            end--;
        }
        if (end <= 0) {
            return null;
        }
        char[] name = new char[end];
        for (int i = 0; i < end; i++) {
            char c = what.charAt(i);
            if (c >= 128) {
                return null; // the names are ASCII, matched ignoring ASCII case only
            }
            name[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        String key = new String(name);
        if (!NAMES.containsKey(key)) {
            return null;
        }
        int from = colon + 1;
        while (from < what.length() && RegexSpace.is(what.charAt(from))) {
            from++;
        }
        return new String[] {key, what.substring(from).strip()};
    }

    /**
     * The instant of a wall-clock time: the one whose abbreviation or offset is written beside it, else the
     * earliest not before the previous row's.
     */
    private static Instant place(LocalDateTime local, ZoneId zone, Instant previous, boolean mayBeNextDay,
                                 String named) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        Instant[] candidates = new Instant[Math.max(1, offsets.size())];
        if (offsets.isEmpty()) {
            candidates[0] = ZonedDateTime.of(local, zone).toInstant();
        }
        for (int i = 0; i < offsets.size(); i++) {
            candidates[i] = local.toInstant(offsets.get(i));
        }
        Arrays.sort(candidates);
        if (named != null) {
            for (Instant candidate : candidates) {
                if (isNamed(candidate, zone, named)) {
                    return candidate;
                }
            }
        }
        if (previous == null) {
            return candidates[0];
        }
        for (Instant candidate : candidates) {
            if (!candidate.isBefore(previous)) {
                return candidate;
            }
        }
        return mayBeNextDay ? place(local.plusDays(1), zone, previous, false, named) : candidates[0];
    }

    /**
     * Whether a time in the zone may be followed by the name to say which offset it is in: its abbreviation
     * ("PST") or "UTC" and its offset ("UTC-08:00", "UTC" for zero).
     */
    private static boolean isNamed(Instant at, ZoneId zone, String named) {
        ZonedDateTime local = at.atZone(zone);
        if (named.equals(ZoneAbbreviation.of(local))) {
            return true;
        }
        String id = local.getOffset().getId();
        String offset = id.equals("Z") ? "" : id;
        return named.length() == 3 + offset.length() && named.startsWith("UTC") && named.startsWith(offset, 3);
    }
}
