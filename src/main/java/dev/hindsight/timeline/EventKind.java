package dev.hindsight.timeline;

import dev.hindsight.kernel.Coded;
import java.util.Locale;

/**
 * What a timeline event marks. Milestones are the moments the response metrics are measured between;
 * {@link #NOTE} is an ordinary entry.
 */
public enum EventKind implements Coded {
    NOTE("Note", false),
    STARTED("Incident started", true),
    DETECTED("Detected", true),
    ACKNOWLEDGED("Acknowledged / response started", true),
    DECLARED("Incident declared", true),
    ESCALATED("Escalated", true),
    ROOT_CAUSE_IDENTIFIED("Root cause identified", true),
    MITIGATION_STARTED("Mitigation started", true),
    MITIGATED("Impact mitigated", true),
    PARTIALLY_RECOVERED("Partially recovered", true),
    SOLUTION_READY("Solution ready", true),
    RESOLVED("Resolved / fully recovered", true),
    CLOSED("Incident closed", true);

    private final String label;
    private final boolean milestone;
    /** Worked out once: every event read or written asks for it. */
    private final String code;

    EventKind(String label, boolean milestone) {
        this.label = label;
        this.milestone = milestone;
        this.code = name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public boolean isMilestone() {
        return milestone;
    }

    /** The form used in JSON and on the command line: {@code root_cause_identified}. */
    @Override
    public String code() {
        return code;
    }

    @Override
    public java.util.List<String> aliases() {
        return switch (this) {
            case ACKNOWLEDGED -> java.util.List.of("response_started", "acknowledged_response_started");
            case ROOT_CAUSE_IDENTIFIED -> java.util.List.of("root_cause_understood", "understood");
            case RESOLVED -> java.util.List.of("fully_recovered", "full_recovery", "restored");
            case PARTIALLY_RECOVERED -> java.util.List.of("partial_recovery");
            default -> java.util.List.of();
        };
    }

    /**
     * True when, if both are reached, this milestone cannot come after {@code later}: an incident is not
     * detected before it started, nor closed before it was resolved. Other milestones may come in any order.
     */
    public boolean mustPrecede(EventKind later) {
        return switch (this) {
            case STARTED -> later == DETECTED || later == RESOLVED || later == CLOSED;
            case DETECTED, RESOLVED -> later == RESOLVED && this == DETECTED || later == CLOSED;
            default -> false;
        };
    }

    public static EventKind fromCode(String code) {
        return Coded.parse(EventKind.class, code);
    }
}
