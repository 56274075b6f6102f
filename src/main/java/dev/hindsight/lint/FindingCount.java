package dev.hindsight.lint;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.OpenFindings;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.consistency.ConsistencyRules;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The counts the store keeps beside each incident (incident_findings), taken from {@link RecordLint} like every
 * other count and list of findings, so the list page and the incident page agree. Registered for
 * {@link OpenFindings#installed()} in META-INF/services. Thread-safe.
 */
public final class FindingCount implements OpenFindings {

    /** Under the settings in force and the incident's dismissals, both read through {@code h}. */
    @Override
    public Counted of(Handle h, PostMortem record, Conventions conventions) {
        OrganisationLintSettings.InForce lint = OrganisationLintSettings.inForce(h, conventions);
        List<Dismissal> dismissals = FindingDismissals.of(h, record.id());
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (Finding f : lint.lint().findings(record, dismissals)) {
            switch (f.level()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE -> notes++;
            }
        }
        // A dismissal is never deleted, only marked reinstated, so this only grows.
        int events = dismissals.size() + (int) dismissals.stream().filter(d -> !d.standing()).count();
        return new Counted(new Counts(errors, warnings, notes), lint.version(), events);
    }

    /**
     * What the consistency rules read from them (the blame and completeness rules read none), and a digest of the
     * rules' own data: a release that changes a word list or a table changes the counts as surely as a new scale.
     */
    @Override
    public String conventionsJudgedBy(Conventions conventions) {
        return ConsistencyRules.judgedBy(conventions) + "rule-data " + RuleData.digest() + "\n";
    }

    @Override
    public int settingsVersion(Handle h) {
        return OrganisationLintSettings.version(h);
    }
}
