package dev.hindsight.lint;

import dev.hindsight.incident.PostMortem;
import java.util.List;

/**
 * The findings people are shown for a record: what the review assistant finds, under the organisation's settings,
 * less what was dismissed on that record. Every place that shows or counts findings (the editor, the API, the
 * pages' counts, the warning on moving to review) asks here, so they agree. Immutable; thread-safe.
 */
public final class RecordLint {

    private final ReviewAssistant assistant;

    public RecordLint(ReviewAssistant assistant) {
        this.assistant = assistant;
    }

    /** The findings on a record as it stands. */
    public List<Finding> findings(PostMortem record) {
        return assistant.findings(record);
    }
}
