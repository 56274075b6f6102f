package dev.hindsight.lint;

import dev.hindsight.incident.OpenFindings;
import dev.hindsight.incident.PostMortem;

/**
 * The counts the store keeps beside each incident (incident_findings), taken from {@link RecordLint} like every
 * other count and list of findings, so the list page and the incident page agree. Registered for
 * {@link OpenFindings#installed()} in META-INF/services. Thread-safe.
 */
public final class FindingCount implements OpenFindings {

    private final RecordLint lint = new RecordLint(new ReviewAssistant());

    @Override
    public Counts of(PostMortem record) {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (Finding f : lint.findings(record)) {
            switch (f.level()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE -> notes++;
            }
        }
        return new Counts(errors, warnings, notes);
    }
}
