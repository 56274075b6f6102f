package dev.hindsight.template;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Gap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The response metrics against the organisation's targets: {@code metrics} in order and {@code metric} by code
 * ({@code metric.timeToDetect}), the same views under both. A document states a figure the timeline cannot measure as the
 * responders reported it, in their words, rather than leaving it blank.
 */
final class MetricsView {

    private MetricsView() {
    }

    /** {@code metrics} and {@code metric}, into the document's view. */
    static void add(View v, PostMortem r, Conventions conventions) {
        ResponseMetrics metrics = r.responseMetrics(conventions.targets());
        Map<EventKind, java.time.Instant> reached = r.timeline().milestones();
        View byCode = new View(metrics.measurements().size());
        v.list("metrics", metrics.measurements(), m -> {
            View one = new View(8).put("name", m.metric().label()).put("code", m.metric().code())
                    .put("actual", Optional.ofNullable(m.actualPhrase()).orElse(""))
                    .put("target", m.target() == null ? "" : "< " + Gap.describe(m.target()))
                    .put("met", m.outcome().answer()).put("stated", stated(r, m, reached));
            byCode.put(m.metric().code(), one.map());
            return one;
        });
        v.put("metric", byCode);
    }

    /** The figure as a document states it: the measured one, else a reported time as it was written. */
    private static String stated(PostMortem r, ResponseMetrics.Measurement m, Map<EventKind, java.time.Instant> reached) {
        String actual = Optional.ofNullable(m.actualPhrase()).orElse("");
        if (ResponseMetrics.measured(m.metric(), reached).isPresent()) {
            return actual;
        }
        List<dev.hindsight.metrics.ReportedTime> reported = r.reportedTimes().stream()
                .filter(t -> t.metric() == m.metric()).toList();
        String written = reported.stream().filter(t -> t.minutes() != null).findFirst()
                .or(() -> reported.stream().findFirst()).map(dev.hindsight.metrics.ReportedTime::asWritten).orElse("");
        return written.isBlank() ? actual : written.strip();
    }
}
