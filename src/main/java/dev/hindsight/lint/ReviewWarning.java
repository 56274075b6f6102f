package dev.hindsight.lint;

import java.util.List;
import java.util.Optional;

/**
 * What moving a post-mortem to review says about its open findings: a warning, never a refusal (a review is where
 * people talk them through). The CLI prints it on standard error, the API sends it in a Warning header, the page
 * asks to confirm with the same count. Stateless.
 */
public final class ReviewWarning {

    private ReviewWarning() {
    }

    /** The warning for these open findings, or empty when there are none. */
    public static Optional<String> of(List<Finding> open) {
        if (open.isEmpty()) {
            return Optional.empty();
        }
        long errors = open.stream().filter(f -> f.level() == FindingLevel.ERROR).count();
        long warnings = open.stream().filter(f -> f.level() == FindingLevel.WARNING).count();
        long notes = open.size() - errors - warnings;
        return Optional.of("review requested with " + open.size() + " open finding" + (open.size() == 1 ? "" : "s")
                + " from the review assistant (" + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                + " warning" + (warnings == 1 ? "" : "s") + ", " + notes + " note" + (notes == 1 ? "" : "s")
                + "); reviewers will see them too");
    }
}
