package dev.hindsight.importer.layouts;

import dev.hindsight.kernel.Coded;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front-matter layout's timeline: the Detection Timeline (Time | Event) and the Recovery Timeline
 * (Time | Action | Result) hold every event once between them; the summary's Timeline Overview restates when the
 * incident began, was detected and was resolved. A milestone's kind is written before its text
 * ("**Detected:** pager fired"). The overview adds an event only when the tables lack that milestone: it marks the
 * unkinded entry at the same time, or else becomes an entry of its own. When no entry carries a kind, kinds are
 * guessed from the words ({@link Milestones}).
 */
final class FrontMatterTimeline {

    private static final Pattern RESOLVED_WORDS = Pattern.compile(".*\\b(resolv\\w*|restored|recovered|fixed|ended)\\b.*");
    private static final Pattern DETECTED_WORDS = Pattern.compile(".*\\b(detect\\w*|alert\\w*|noticed|reported|paged)\\b.*");
    private static final Pattern STARTED_WORDS = Pattern.compile(".*\\b(began|begins|started|start|starts)\\b.*");
    /** Each milestone by its label in lower case, whole and up to " / "; the first milestone to claim one keeps it. */
    private static final java.util.Map<String, EventKind> LABELS = new java.util.HashMap<>();

    static {
        for (EventKind k : EventKind.values()) {
            String label = k.label().toLowerCase(Locale.ROOT);
            if (k.isMilestone()) {
                LABELS.putIfAbsent(label, k);
                LABELS.putIfAbsent(label.split(" / ")[0], k);
            }
        }
    }

    private static final Pattern MARKER = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");

    /** One row of the overview: the milestone it names and its time cell. */
    record Overview(EventKind kind, String time, String text) {
    }

    private FrontMatterTimeline() {
    }

    /**
     * @param anchor when the incident started, for cells without a date ({@link FrontMatterTimes})
     * @param zone   the document's zone, for cells without one
     */
    static List<TimelineEvent> read(List<Overview> overview, List<List<String>> detection,
                                    List<List<String>> recovery, LocalDateTime anchor, ZoneId zone,
                                    ImportContext context) {
        List<TimelineEvent> events = new ArrayList<>();
        boolean[] marked = {false};
        rows(detection, false, new FrontMatterTimes(anchor, zone), events, marked, context);
        rows(recovery, true, new FrontMatterTimes(anchor, zone), events, marked, context);
        FrontMatterTimes times = new FrontMatterTimes(anchor, zone);
        for (Overview row : overview) {
            Optional<FrontMatterTimes.When> when = times.next(row.time());
            if (when.isEmpty()) {
                continue;
            }
            Optional<TimelineEvent> same = events.stream().filter(e -> e.kind() == row.kind()).findFirst();
            if (same.isPresent()) {
                if (!same.get().at().equals(when.get().at())) {
                    context.note("the timeline overview puts '" + row.text() + "' at " + row.time()
                            + " but the timeline at " + same.get().at() + "; kept the timeline's");
                }
                continue;
            }
            int note = indexOfNoteAt(events, when.get());
            if (note >= 0) {
                events.set(note, withKind(events.get(note), row.kind()));
            } else {
                events.add(new TimelineEvent(when.get().at(), when.get().zone(), row.text(), row.kind(), null, null));
            }
        }
        return marked[0] ? events : Milestones.guess(events);
    }

    /** The milestone an overview row names ("Incident began"), or by its place when the words say none. */
    static EventKind overviewKind(String text, int position) {
        String t = text.toLowerCase(Locale.ROOT);
        if (RESOLVED_WORDS.matcher(t).matches()) {
            return EventKind.RESOLVED;
        }
        if (DETECTED_WORDS.matcher(t).matches()) {
            return EventKind.DETECTED;
        }
        if (STARTED_WORDS.matcher(t).matches()) {
            return EventKind.STARTED;
        }
        return List.of(EventKind.STARTED, EventKind.DETECTED, EventKind.RESOLVED).get(Math.min(position, 2));
    }

    /** The kind a marker names: an event kind's label ("Resolved / fully recovered"), code, or a shorter form. */
    static Optional<EventKind> kind(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        EventKind labelled = LABELS.get(w);
        if (labelled != null) {
            return Optional.of(labelled);
        }
        switch (w) {
            case "incident began", "began", "start", "impact started" -> {
                return Optional.of(EventKind.STARTED);
            }
            case "incident detected", "detection" -> {
                return Optional.of(EventKind.DETECTED);
            }
            case "incident resolved", "resolution", "fully recovered" -> {
                return Optional.of(EventKind.RESOLVED);
            }
            case "mitigated" -> {
                return Optional.of(EventKind.MITIGATED);
            }
            default -> {
                // try the codes
            }
        }
        try {
            EventKind k = Coded.parse(EventKind.class, w);
            return k.isMilestone() ? Optional.of(k) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void rows(List<List<String>> rows, boolean withResult, FrontMatterTimes times,
                             List<TimelineEvent> events, boolean[] marked, ImportContext context) {
        for (List<String> row : rows) {
            if (row.size() < 2) {
                context.note("timeline row '" + String.join(" | ", row) + "' has no event; skipped");
                continue;
            }
            Optional<FrontMatterTimes.When> when = times.next(row.get(0));
            if (when.isEmpty()) {
                context.note("timeline row '" + String.join(" | ", row) + "' has no readable date and time; skipped");
                continue;
            }
            String text = Placeholders.value(withResult ? row.get(1) : String.join(" | ", row.subList(1, row.size())));
            EventKind kind = EventKind.NOTE;
            Matcher m = MARKER.matcher(text);
            if (m.matches()) {
                Optional<EventKind> named = kind(m.group(1));
                if (named.isPresent()) {
                    kind = named.get();
                    text = m.group(2).strip();
                    marked[0] = true;
                }
            }
            String result = withResult && row.size() > 2 ? Placeholders.value(String.join(" | ", row.subList(2,
                    row.size()))) : "";
            events.add(new TimelineEvent(when.get().at(), when.get().zone(), text, kind, null, null, result, null));
        }
    }

    private static int indexOfNoteAt(List<TimelineEvent> events, FrontMatterTimes.When when) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == EventKind.NOTE && events.get(i).at().equals(when.at())) {
                return i;
            }
        }
        return -1;
    }

    private static TimelineEvent withKind(TimelineEvent e, EventKind kind) {
        return new TimelineEvent(e.at(), e.zone(), e.text(), kind, e.author(), e.source(), e.result(), e.details());
    }
}
