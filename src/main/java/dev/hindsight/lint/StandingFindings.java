package dev.hindsight.lint;

import dev.hindsight.incident.PostMortem;
import java.util.Collection;
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
    private final SavedRevisionFindings revisions = new SavedRevisionFindings();

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
     * As {@link #of}, for a record as the store holds it (read from it, not edited since): each revision is linted
     * once under the settings in force, and what it was found to have is kept ({@link SavedRevisionFindings}); its
     * dismissals are read and applied on every call.
     */
    public List<Finding> ofSaved(PostMortem saved) {
        RecordLint lint = settings.recordLint();
        return RecordLint.standing(revisions.underSettings(lint, saved), dismissals.of(saved.id()));
    }

    /**
     * The findings of a record as the store holds it that these dismissals hide, each with the one that hides it:
     * linted once per revision, as {@link #ofSaved}.
     */
    public List<RecordLint.Dismissed> dismissedOnSaved(PostMortem saved, Collection<Dismissal> dismissals) {
        return RecordLint.dismissed(revisions.underSettings(settings.recordLint(), saved), dismissals);
    }

    /**
     * The standing findings of an edit of a stored incident not yet saved, and of the incident as saved, under one
     * reading of the settings and the dismissals: the edit is linted, the saved revision only if it was not yet
     * ({@link #ofSaved}). The edit is judged by the saved incident's dismissals, whatever id it was typed with.
     */
    public Edit ofEdit(PostMortem saved, PostMortem edited) {
        RecordLint lint = settings.recordLint();
        List<Dismissal> dismissed = dismissals.of(saved.id());
        return new Edit(lint.findings(edited, dismissed),
                RecordLint.standing(revisions.underSettings(lint, saved), dismissed));
    }

    /** An edit's standing findings, and those of the incident it edits as saved. */
    public record Edit(List<Finding> edited, List<Finding> saved) {
    }

    /** How many times a saved revision was linted here: for tests that hold each revision to being linted once. */
    long savedRevisionsLinted() {
        return revisions.linted();
    }

    /**
     * The linter in force, for what belongs to no stored incident (a document, a record posted to be checked):
     * nothing is dismissed on those, whatever id they carry, so they tell nobody about an incident's dismissals.
     */
    public RecordLint inForce() {
        return settings.recordLint();
    }
}
