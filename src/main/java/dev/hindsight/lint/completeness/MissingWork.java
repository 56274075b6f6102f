package dev.hindsight.lint.completeness;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.lint.FindingLevel;

/**
 * How loudly to say something is not written yet: a draft is expected to have gaps (the editor shows findings as
 * the author writes), so there it is a note; once the review is asked for or final, a warning.
 */
final class MissingWork {

    private MissingWork() {
    }

    static FindingLevel level(PostMortem record) {
        return record.status() == Status.DRAFT ? FindingLevel.NOTE : FindingLevel.WARNING;
    }
}
