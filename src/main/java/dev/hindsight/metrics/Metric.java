package dev.hindsight.metrics;

import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.Text;
import dev.hindsight.timeline.EventKind;
import java.util.List;

/**
 * A response metric: the time between two milestones. Where the end milestone can stand in for another
 * (service resolved means impact was mitigated too), the fallbacks are listed in order.
 */
public enum Metric implements Coded {
    TIME_TO_DETECT("Time to Detect", EventKind.STARTED, List.of(EventKind.DETECTED)),
    TIME_TO_ACKNOWLEDGE("Time to Acknowledge", EventKind.DETECTED, List.of(EventKind.ACKNOWLEDGED)),
    TIME_TO_UNDERSTAND("Time to Understand", EventKind.ACKNOWLEDGED, List.of(EventKind.ROOT_CAUSE_IDENTIFIED)),
    TIME_TO_PARTIAL_RECOVERY("Time to Partial Recovery", EventKind.ACKNOWLEDGED, List.of(EventKind.PARTIALLY_RECOVERED)),
    TIME_TO_SOLUTION("Time to Solution", EventKind.ROOT_CAUSE_IDENTIFIED, List.of(EventKind.SOLUTION_READY)),
    TIME_TO_MITIGATE("Time to Mitigate", EventKind.STARTED, List.of(EventKind.MITIGATED, EventKind.RESOLVED)),
    TIME_TO_FULL_RECOVERY("Time to Full Recovery", EventKind.SOLUTION_READY, List.of(EventKind.RESOLVED)),
    TIME_TO_RESOLVE("Time to Resolve", EventKind.DETECTED, List.of(EventKind.RESOLVED)),
    TOTAL_DURATION("Total Duration", EventKind.STARTED, List.of(EventKind.RESOLVED));

    private final String label;
    private final EventKind from;
    private final List<EventKind> to;
    /** Worked out once: documents and JSON ask for it for every metric of every record. */
    private final String code;

    Metric(String label, EventKind from, List<EventKind> to) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.code = Text.camel(name());
    }

    public String label() {
        return label;
    }

    public EventKind from() {
        return from;
    }

    /** The end milestone, then the ones that may stand in for it when it is missing. */
    public List<EventKind> to() {
        return to;
    }

    /** JSON and configuration form: {@code timeToDetect}. */
    @Override
    public String code() {
        return code;
    }
}
