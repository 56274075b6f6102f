package dev.hindsight.importer;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final Pattern NAMED;
    private static final Pattern OFFSET = Pattern.compile(
            "\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?i:[ap]\\.?m\\.?)?\\s*\\(?([A-Z]{2,5}|UTC[+-]\\d{2}:\\d{2})\\)?\\s*$");
    private static final Pattern TIME_CELL = Pattern.compile("(?i)^[\\d\\w ,./-]*\\d{1,2}:\\d{2}.*");
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
        String alternatives = String.join("|", NAMES.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
        NAMED = Pattern.compile("(?i)^(" + alternatives + ")\\s*:\\s*(.*)$", Pattern.DOTALL);
    }

    private GoogleDocTimeline() {
    }

    /** The zone the timeline title states, by region id in brackets first, then by abbreviation or name. */
    static Optional<ZoneId> zone(String title) {
        int in = title.toLowerCase(Locale.ROOT).indexOf("times are in");
        String stated = in < 0 ? title : title.substring(in + "times are in".length());
        if (GoogleDocLines.unfilled(stated) || stated.contains("TTT")) {
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

    /** A row's time cell: a time of day, with a date and a zone when written there. */
    static boolean isTime(String cell) {
        // Every row's label is asked: the cheap tests first.
        return cell.length() <= 40 && cell.indexOf(':') >= 0 && TIME_CELL.matcher(cell.strip()).matches()
                && !GoogleDocLines.unfilled(cell) && Times.time(cell).isPresent();
    }

    /**
     * The events of the rows, each row's cells being its time and its text.
     *
     * @param day the date to assume until a row writes one (null when the document gives none)
     */
    static List<TimelineEvent> events(List<List<String>> rows, ZoneId zone, LocalDate day, ImportContext context) {
        List<TimelineEvent> events = new ArrayList<>();
        boolean marked = false;
        Instant previous = null;
        LocalDate current = day;
        for (List<String> row : rows) {
            String when = row.get(0);
            String what = row.size() < 2 ? "" : String.join("\t", row.subList(1, row.size())).strip();
            Times.TimeOfDay time = Times.time(when).orElseThrow();
            Optional<LocalDate> written = Times.date(when);
            LocalDate date = written.orElse(current);
            if (date == null) {
                context.note("timeline row '" + when + "' has no date and the document gives none; skipped"
                        + " (write the date on the first row: '2026-03-08 1:40 AM')");
                continue;
            }
            LocalDateTime local = date.atTime(time.time());
            Matcher offset = OFFSET.matcher(when.strip());
            String named = offset.find() ? offset.group(1) : null;
            // "1:30 AM PST" in a Pacific document names one of the two 1:30s, not another zone.
            boolean ofZone = named != null && zone.getRules().getValidOffsets(local).stream()
                    .anyMatch(o -> names(local.toInstant(o), zone).contains(named));
            ZoneId in = time.zone() != null && !ofZone ? time.zone() : zone;
            Instant at = place(local, in, previous, written.isEmpty(), named);
            EventKind kind = EventKind.NOTE;
            // Every name is followed by a colon: a row without one is not named.
            Matcher m = what.indexOf(':') < 0 ? null : NAMED.matcher(what);
            if (m != null && m.matches()) {
                kind = NAMES.get(m.group(1).toLowerCase(Locale.ROOT));
                what = m.group(2).strip();
                marked = true;
            } else if (GoogleDocLines.unfilled(what)) {
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
     * The instant of a wall-clock time: the one whose abbreviation or offset is written beside it, else the
     * earliest not before the previous row's.
     */
    private static Instant place(LocalDateTime local, ZoneId zone, Instant previous, boolean mayBeNextDay,
                                 String named) {
        List<Instant> candidates = new ArrayList<>(zone.getRules().getValidOffsets(local).stream()
                .map(local::toInstant).sorted().toList());
        if (candidates.isEmpty()) {
            candidates.add(ZonedDateTime.of(local, zone).toInstant());
        }
        Optional<Instant> chosen = candidates.stream().filter(c -> named != null && names(c, zone).contains(named))
                .findFirst();
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (previous == null) {
            return candidates.get(0);
        }
        for (Instant candidate : candidates) {
            if (!candidate.isBefore(previous)) {
                return candidate;
            }
        }
        return mayBeNextDay ? place(local.plusDays(1), zone, previous, false, named) : candidates.get(0);
    }

    /** What a time in the zone may be followed by to say which offset it is in: "PST", "UTC-08:00". */
    private static Set<String> names(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return Set.copyOf(List.of(ZoneAbbreviation.of(local), "UTC" + local.getOffset().getId().replace("Z", "")));
    }
}
