package dev.hindsight.template;

import dev.hindsight.incident.Detection;

/** The detection variables: how the incident was discovered. */
final class DetectionView {
    private DetectionView() {
    }

    static View of(Detection d) {
        return new View().put("method", d.method()).put("story", d.story())
                .put("alert", DocumentView.link(d.alertLink())).put("firstResponder", d.firstResponder())
                .put("earlierSignals", d.earlierSignals()).texts("gaps", d.gaps());
    }
}
