package dev.hindsight.importer.layouts;

import dev.hindsight.importer.layouts.ReviewBlocks.Item;
import dev.hindsight.importer.layouts.ReviewValues.Stamp;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.Responder;
import dev.hindsight.severity.Severity;
import dev.hindsight.template.ReviewView;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the review's timeline: "**[14:32 UTC]** - Initial Detection: text" entries in the Detection, Response
 * and Resolution phases (or straight under "Timeline"), each with its points. The milestone name gives the
 * event's kind; the other points are the event's details. The first entry of a kind also holds the points the
 * layout asks for there (how it was detected, the severity assigned, the response team, the actions taken,
 * the resolution method...). An entry whose time is still a placeholder makes no event but its points count.
 * Times without a date fall on the day of the entry before, starting from the start time's day. One per import.
 */
final class ReviewTimelineReader {

    private static final Map<String, EventKind> NAMES = new LinkedHashMap<>();
    /** Each name as it may be written at the start of an entry, followed by nothing, a colon or a dash. */
    private static final Map<String, Pattern> WRITTEN = new LinkedHashMap<>();
    /**
     * The names by their first character. A name can only match where the entry's first letter or digit is its
     * own first character, so only those few are tried; each list keeps the order of {@link #NAMES}.
     */
    private static final Map<Character, List<String>> BY_FIRST = new HashMap<>();

    static {
        ReviewView.NAMES.forEach((kind, name) -> NAMES.put(Section.normal(name), kind));
        Map<String, EventKind> more = Map.ofEntries(Map.entry("detected", EventKind.DETECTED),
                Map.entry("incident detected", EventKind.DETECTED), Map.entry("detection", EventKind.DETECTED),
                Map.entry("investigation started", EventKind.ACKNOWLEDGED),
                Map.entry("acknowledged", EventKind.ACKNOWLEDGED), Map.entry("declared", EventKind.DECLARED),
                Map.entry("root cause found", EventKind.ROOT_CAUSE_IDENTIFIED),
                Map.entry("mitigation began", EventKind.MITIGATION_STARTED), Map.entry("mitigated", EventKind.MITIGATED),
                Map.entry("resolved", EventKind.RESOLVED), Map.entry("incident resolved", EventKind.RESOLVED),
                Map.entry("service recovered", EventKind.RESOLVED), Map.entry("closed", EventKind.CLOSED),
                Map.entry("incident began", EventKind.STARTED), Map.entry("impact started", EventKind.STARTED),
                Map.entry("partial recovery", EventKind.PARTIALLY_RECOVERED), Map.entry("fix ready", EventKind.SOLUTION_READY),
                Map.entry("update", EventKind.NOTE));
        more.forEach(NAMES::putIfAbsent);
        NAMES.keySet().forEach(n -> WRITTEN.put(n, Pattern.compile("(?i)^[\\W_]*" + String.join("[\\W_]+", n.split(" "))
                + "[*_\\s]*(?:$|[:–—]|-(?:\\s|$))")));
        NAMES.keySet().forEach(n -> BY_FIRST.computeIfAbsent(n.charAt(0), c -> new ArrayList<>()).add(n));
    }

    private final ImportContext context;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<EventKind> seen = EnumSet.noneOf(EventKind.class);

    String method = "";
    String story = "";
    Link alert = new Link("", "");
    String firstResponder = "";
    Severity initialSeverity;
    String commander = "";
    final List<Responder> team = new ArrayList<>();
    String rootCause = "";
    final List<String> factors = new ArrayList<>();
    final List<String> mitigationSteps = new ArrayList<>();
    String resolution = "";
    LocalDate postMortemScheduled;
    /** The first zone an entry was written in. */
    ZoneId zone;
    private ZoneId last;

    private ReviewTimelineReader(ImportContext context) {
        this.context = context;
    }

    private record Entry(TimelineEvent event, boolean labelled) {
    }

    /**
     * @param day  the day an entry without a date falls on until one with a date is read
     * @param zone the zone of times written without one (the start time's), null for the configured zone
     */
    static ReviewTimelineReader read(List<String> lines, LocalDate day, ZoneId zone, ImportContext context) {
        ReviewTimelineReader reader = new ReviewTimelineReader(context);
        reader.zone = zone;
        reader.parse(lines, day);
        return reader;
    }

    /** The events, in time order, with milestones guessed for entries that named none ("Note" names one). */
    List<TimelineEvent> events() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> e.event().at()));
        List<TimelineEvent> guessed = Milestones.guess(sorted.stream().filter(e -> !isNote(e)).map(Entry::event)
                .toList());
        List<TimelineEvent> out = new ArrayList<>();
        int next = 0;
        for (Entry e : sorted) {
            out.add(isNote(e) ? e.event() : guessed.get(next++));
        }
        return out;
    }

    private static boolean isNote(Entry e) {
        return e.labelled() && e.event().kind() == EventKind.NOTE;
    }

    private void parse(List<String> lines, LocalDate startDay) {
        LocalDate day = startDay;
        Instant previous = null;
        String stamp = null;
        String rest = null;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            String[] entry = ReviewEntryLines.split(line);
            if (entry == null) {
                if (stamp != null) {
                    body.add(line);
                }
                continue;
            }
            if (stamp != null) {
                TimelineEvent read = entry(stamp, rest, body, day, previous);
                if (read != null) {
                    previous = read.at();
                    day = read.local().toLocalDate();
                }
            }
            stamp = entry[0];
            rest = entry[1];
            body = new ArrayList<>();
        }
        if (stamp != null) {
            entry(stamp, rest, body, day, previous);
        }
    }

    /** Reads one entry; its event, or null when it has no readable time. */
    private TimelineEvent entry(String stampText, String rest, List<String> body, LocalDate day, Instant previous) {
        EventKind kind = null;
        String text = rest;
        int longest = 0;
        int from = firstLetterOrDigit(rest);
        for (String name : from < 0 ? List.<String>of() : BY_FIRST.getOrDefault(lower(rest.charAt(from)), List.of())) {
            // The name's first word must stand there whole before its pattern is worth running.
            if (name.length() <= longest || !startsWithWords(rest, from, name)) {
                continue;
            }
            Matcher m = named(rest, name);
            if (m != null) {
                kind = NAMES.get(name);
                longest = name.length();
                text = rest.substring(m.end()).strip();
            }
        }
        text = Section.unescape(text);
        boolean first = kind != null && seen.add(kind);
        List<String> details = new ArrayList<>();
        for (Item item : ReviewBlocks.items(body)) {
            if (!(first && special(kind, item))) {
                detail(item).ifPresent(details::add);
            }
        }
        Optional<Stamp> stamp = ReviewValues.stamp(stampText, day, current());
        if (stamp.isEmpty()) {
            if (!ReviewPlaceholders.isUnfilled(stampText)) {
                context.note("timeline entry '" + stampText + " - " + rest + "' has no readable date and time; skipped");
            }
            return null;
        }
        Instant at = stamp.get().at();
        if (!stamp.get().dated() && previous != null && at.isBefore(previous.minus(Duration.ofHours(12)))) {
            at = at.plus(Duration.ofDays(1));
        }
        if (stamp.get().zoned()) {
            zone = zone == null ? stamp.get().zone() : zone;
            last = stamp.get().zone();
        }
        TimelineEvent event = new TimelineEvent(at, stamp.get().zoned() ? stamp.get().zone() : current(), text,
                kind == null ? EventKind.NOTE : kind, null, null, null, details);
        entries.add(new Entry(event, kind != null));
        return event;
    }

    /** The zone of a time written without one: the last one written, else the start time's or the configured. */
    private ZoneId current() {
        return last != null ? last : zone != null ? zone : context.conventions().timeZone();
    }

    /** Where the first ASCII letter or digit stands, which a name's pattern starts at; -1 when none. */
    private static int firstLetterOrDigit(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = lower(rest.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Whether the text has the name's words from {@code from}, in any ASCII case, each apart from the next by
     * anything but an ASCII letter or digit, with no ASCII letter or digit after the last: what the name's
     * pattern needs there before it looks at what follows. Most names sharing a first word fail at the second.
     */
    private static boolean startsWithWords(String text, int from, String name) {
        int at = from;
        for (int i = 0; i < name.length(); i++) {
            char wanted = name.charAt(i);
            if (wanted == ' ') {
                int gap = at;
                while (at < text.length() && !letterOrDigit(lower(text.charAt(at)))) {
                    at++;
                }
                if (at == gap) {
                    return false;
                }
            } else if (at >= text.length() || lower(text.charAt(at++)) != wanted) {
                return false;
            }
        }
        return at == text.length() || !letterOrDigit(lower(text.charAt(at)));
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** A match of the milestone name at the start, followed by nothing, a colon or a dash; null when not there. */
    private static Matcher named(String rest, String normalName) {
        Matcher m = WRITTEN.get(normalName).matcher(rest);
        return m.lookingAt() ? m : null;
    }

    /** A point under an entry, with the points under it; empty for a placeholder left in. */
    private static Optional<String> detail(Item item) {
        String text = item.text();
        if (ReviewPlaceholders.isUnfilled(text) || item.text().contains(":") && ReviewPlaceholders.isUnfilled(item.value())
                && item.children().isEmpty()) {
            return Optional.empty();
        }
        List<String> under = item.childTexts();
        if (!under.isEmpty()) {
            text = text + (text.endsWith(":") ? " " : ": ") + String.join("; ", under);
        }
        return Optional.of(text);
    }

    /** Reads the points the layout puts under the first entry of a kind; true when the item was one. */
    private boolean special(EventKind kind, Item item) {
        String value = ReviewPlaceholders.value(item.value());
        switch (kind) {
            case DETECTED -> {
                if (item.is("How detected")) {
                    method = context.discoveryMethod(value);
                    story = method.isEmpty() ? value : "";
                } else if (item.is("Alert/ticket") || item.is("Alert") || item.is("Ticket")) {
                    alert = ReviewValues.link(value);
                } else if (item.is("First responder")) {
                    firstResponder = value;
                } else {
                    return false;
                }
            }
            case DECLARED -> {
                if (item.is("Severity assigned")) {
                    initialSeverity = SeverityWords.read(value, context.conventions().severityScale()).orElse(null);
                } else if (item.is("Incident Commander")) {
                    commander = Section.unescape(value);
                } else if (item.is("Response team assembled") || item.is("Response team")) {
                    List<String> people = new ArrayList<>(ReviewValues.list(value));
                    people.addAll(item.childTexts());
                    people.forEach(p -> team.add(ReviewPeople.responder(p, context)));
                } else {
                    return false;
                }
            }
            case ROOT_CAUSE_IDENTIFIED -> {
                if (item.is("Root cause")) {
                    rootCause = value;
                } else if (item.is("Contributing factors")) {
                    factors.addAll(ReviewValues.list(value));
                    factors.addAll(item.childTexts());
                } else {
                    return false;
                }
            }
            case MITIGATION_STARTED -> {
                if (!item.is("Actions taken")) {
                    return false;
                }
                if (!value.isEmpty()) {
                    mitigationSteps.add(value);
                }
                mitigationSteps.addAll(item.childTexts());
            }
            case RESOLVED -> {
                if (!item.is("Resolution method")) {
                    return false;
                }
                resolution = value;
            }
            case CLOSED -> {
                if (!item.is("Post-mortem scheduled") && !item.is("Postmortem scheduled")) {
                    return false;
                }
                postMortemScheduled = ReviewValues.date(value);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
