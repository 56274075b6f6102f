package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

import java.util.List;

/**
 * How the incident came to the team's attention. {@code method} is one of the organisation's discovery
 * methods (mutually exclusive; seed default Alerts, Aliens, User Reports, Review, N/A).
 *
 * @param method         the discovery method
 * @param story          how it was detected, in words
 * @param alertLink      the alert or ticket that raised it
 * @param firstResponder who noticed first
 * @param earlierSignals signals that could have shown the problem sooner
 * @param gaps           monitoring or alerting that would catch it earlier
 */
public record Detection(String method, String story, Link alertLink, String firstResponder,
                        String earlierSignals, List<String> gaps) {
    public Detection {
        method = Text.orEmpty(method);
        story = Text.orEmpty(story);
        alertLink = alertLink == null ? new Link("", "") : alertLink;
        firstResponder = Text.orEmpty(firstResponder);
        earlierSignals = Text.orEmpty(earlierSignals);
        gaps = Text.list(gaps);
    }

    public static DetectionBuilder builder() {
        return new DetectionBuilder();
    }

    public DetectionBuilder toBuilder() {
        return new DetectionBuilder(this);
    }

    public static Detection empty() {
        return new Detection(null, null, null, null, null, null);
    }
}
