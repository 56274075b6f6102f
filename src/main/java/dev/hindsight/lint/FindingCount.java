package dev.hindsight.lint;

import dev.hindsight.incident.OpenFindings;
import dev.hindsight.incident.PostMortem;
import org.jdbi.v3.core.Handle;

/**
 * The counts the store keeps beside each incident (incident_findings), taken from {@link RecordLint} like every
 * other count and list of findings, so the list page and the incident page agree. Registered for
 * {@link OpenFindings#installed()} in META-INF/services. Thread-safe.
 */
public final class FindingCount implements OpenFindings {

    /** Under the settings in force and the incident's dismissals, both read in the saving transaction. */
    @Override
    public Counts of(Handle h, PostMortem record) {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (Finding f : OrganisationLintSettings.inForce(h).findings(record, FindingDismissals.of(h, record.id()))) {
            switch (f.level()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE -> notes++;
            }
        }
        return new Counts(errors, warnings, notes);
    }
}
