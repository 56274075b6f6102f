package dev.hindsight.lint;

import dev.hindsight.incident.PostMortem;
import java.util.List;
import java.util.Objects;

/**
 * The findings that stand on a stored incident, or on an edit of it not yet saved: the review assistant's, under the
 * organisation's settings in force when asked, less what was dismissed on that incident. What the editor, the
 * incident page, the API and the warning on requesting review show, so they agree with the count the store keeps
 * ({@link FindingCount}). Thread-safe.
 */
public final class StandingFindings {

    private final OrganisationLintSettings settings;
    private final FindingDismissals dismissals;

    public StandingFindings(OrganisationLintSettings settings, FindingDismissals dismissals) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.dismissals = Objects.requireNonNull(dismissals, "dismissals is null");
    }

    /**
     * The standing findings of an incident's record, as saved or as an edit would save it. The caller has checked
     * that the reader may see the incident: its dismissals are applied.
     */
    public List<Finding> of(PostMortem record) {
        return settings.recordLint().findings(record, dismissals.of(record.id()));
    }

    /**
     * The linter in force, for what belongs to no stored incident (a document, a record posted to be checked):
     * nothing is dismissed on those, whatever id they carry, so they tell nobody about an incident's dismissals.
     */
    public RecordLint inForce() {
        return settings.recordLint();
    }
}
