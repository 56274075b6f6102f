package dev.hindsight.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident's events in time order. Events with the same instant keep the order they were given in,
 * so a scribe's "then" survives. Immutable.
 */
public record Timeline(List<TimelineEvent> events) {

    private static final Comparator<TimelineEvent> BY_TIME = Comparator.comparing(TimelineEvent::at);

    public Timeline {
        List<TimelineEvent> sorted = new ArrayList<>(events == null ? List.of()
                : events.stream().filter(java.util.Objects::nonNull).toList());
        sorted.sort(BY_TIME); // List.sort is stable
        events = List.copyOf(sorted);
    }

    public static Timeline empty() {
        return new Timeline(List.of());
    }

    public Timeline with(TimelineEvent event) {
        List<TimelineEvent> more = new ArrayList<>(events);
        more.add(event);
        return new Timeline(more);
    }

    /** Each event with the gap since the one before it; the first has none. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(events.size());
        Instant previous = null;
        for (TimelineEvent event : events) {
            Gap gap = previous == null ? null : new Gap(Duration.between(previous, event.at()));
            entries.add(new Entry(event, gap));
            previous = event.at();
        }
        return entries;
    }

    /** The first time each milestone was reached. */
    public Map<EventKind, Instant> milestones() {
        Map<EventKind, Instant> first = new EnumMap<>(EventKind.class);
        for (TimelineEvent event : events) {
            if (event.kind().isMilestone()) {
                first.putIfAbsent(event.kind(), event.at());
            }
        }
        return first;
    }

    public Optional<Instant> first(EventKind kind) {
        return Optional.ofNullable(milestones().get(kind));
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** An event and the gap since the previous one ({@code null} for the first). */
    public record Entry(TimelineEvent event, Gap gap) {
        /** "-" for the first event, as the SEV template shows it. */
        public String gapPhrase() {
            return gap == null ? "-" : gap.phrase();
        }
    }
}
