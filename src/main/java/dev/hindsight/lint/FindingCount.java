package dev.hindsight.lint;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.OpenFindings;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.consistency.ConsistencyRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The counts the store keeps beside each incident (incident_findings), taken from {@link RecordLint} like every
 * other count and list of findings, so the list page and the incident page agree. Registered for
 * {@link OpenFindings#installed()} in META-INF/services. Thread-safe.
 */
public final class FindingCount implements OpenFindings {

    /** Under the settings in force and each incident's dismissals, all read through {@code h}. */
    @Override
    public List<Counted> of(Handle h, List<PostMortem> records, Conventions conventions) {
        OrganisationLintSettings.InForce lint = OrganisationLintSettings.inForce(h, conventions);
        Map<String, List<Dismissal>> dismissed = FindingDismissals.of(h, records.stream().map(PostMortem::id)
                .toList());
        List<Counted> out = new ArrayList<>(records.size());
        for (PostMortem record : records) {
            List<Dismissal> dismissals = dismissed.getOrDefault(record.id(), List.of());
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
            out.add(new Counted(new Counts(errors, warnings, notes), lint.version(), events));
        }
        return out;
    }

    /**
     * What the consistency rules read from them (the blame and completeness rules read none), and a digest of the
     * rules' own data and the built-in templates they read: a release that changes a word list, a table or a
     * template's placeholder changes the counts as surely as a new scale.
     */
    @Override
    public String conventionsJudgedBy(Conventions conventions) {
        return judgedBy(conventions, RuleData.digest());
    }

    static String judgedBy(Conventions conventions, String ruleData) {
        return ConsistencyRules.judgedBy(conventions) + "rule-data " + ruleData + "\n";
    }

    @Override
    public int settingsVersion(Handle h) {
        return OrganisationLintSettings.version(h);
    }
}
