package dev.hindsight.importer.read;

import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.List;
import java.util.Map;

/**
 * Response times a seed layout writes as its timeline measures them (the post-mortem layout's "Duration" is the
 * time from the start to the resolution): stated there, they are the timeline's figure again, not a time the team
 * reported. Kept only when the timeline read cannot measure it. Which layouts and times: data in
 * {@code importer/time-words.json} ("writtenFromTimeline"). Stateless.
 */
public final class MeasuredTimes {

    private static final Map<String, List<String>> WRITTEN = ReadingWords.load("time-words.json")
            .map("writtenFromTimeline");

    private MeasuredTimes() {
    }

    /** Takes out of {@code stated} the times the layout wrote from a timeline that measures them; logs their lines. */
    public static void dropMeasured(List<Sourced<ReportedTime>> stated, List<Sourced<TimelineEvent>> events,
                                    String layout, ImportLog log) {
        List<String> metrics = WRITTEN.getOrDefault(layout == null ? "" : layout, List.of());
        if (metrics.isEmpty() || stated.isEmpty()) {
            return;
        }
        java.util.Set<EventKind> kinds = java.util.EnumSet.noneOf(EventKind.class);
        events.forEach(e -> kinds.add(e.value().kind()));
        stated.removeIf(t -> {
            Metric metric = t.value().metric();
            boolean measured = kinds.contains(metric.from()) && metric.to().stream().anyMatch(kinds::contains);
            if (!measured || !metrics.contains(ReadingWords.normal(metric.name()))) {
                return false;
            }
            log.context(t.lines(), "the " + layout + " layout writes the " + metric.label().toLowerCase(
                    java.util.Locale.ROOT) + " as the timeline measures it");
            return true;
        });
    }
}
