package dev.hindsight.importer.assemble;

import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.timeline.Gap;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * In a layout that writes a response time as the timeline measures it, whenever it can (data, per layout and
 * time: {@code measuredOverStated} in importer/time-words.json), a stated time the timeline measures is that
 * measurement written down: it gives way to it, and a stated figure that disagrees is noted. Stateless.
 */
final class MeasuredTimes {

    private static final ReadingWords WORDS = ReadingWords.load("time-words.json");
    private static final Map<String, Set<String>> MEASURED = WORDS.namesByName("measuredOverStated");
    private static final Set<String> AS_WRITTEN = WORDS.names("statedAsWritten");

    private MeasuredTimes() {
    }

    /** Whether the layout's timing rows are kept as written even when they state no figure ("N/A"). */
    static boolean keptAsWritten(String layout) {
        return AS_WRITTEN.contains(layout);
    }

    /** Drops the stated times the events measure, in a layout that writes measured ones; their lines noted. */
    static void settle(String layout, List<Sourced<ReportedTime>> stated, List<Sourced<TimelineEvent>> events,
                       ImportLog log) {
        Set<String> metrics = MEASURED.getOrDefault(layout == null ? "" : layout, Set.of());
        if (metrics.isEmpty() || stated.isEmpty()) {
            return;
        }
        var milestones = new Timeline(events.stream().map(Sourced::value).toList()).milestones();
        stated.removeIf(t -> {
            Optional<Duration> measured = metrics.contains(t.value().metric().name())
                    ? ResponseMetrics.measured(t.value().metric(), milestones) : Optional.empty();
            if (measured.isEmpty()) {
                return false;
            }
            String described = Gap.describe(measured.get());
            Long minutes = t.value().minutes();
            if (minutes != null && Math.abs(minutes - measured.get().toMinutes()) > 1
                    && !described.equals(t.value().asWritten())) {
                log.note(t.value().metric().label() + " is stated as '" + t.value().asWritten() + "' but the timeline"
                        + " measures " + described + "; the measured figure is kept");
            }
            log.context(t.lines(), t.value().metric().label() + " as the timeline measures it (" + described + ")");
            return true;
        });
    }
}
