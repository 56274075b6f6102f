package dev.hindsight.incident;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an incident as the history shows it: who changed it, when, which fields.
 *
 * @param incidentId the incident
 * @param revision   1 for the first version, then one more per change
 * @param author     who made the change
 * @param at         when
 * @param changes    the changed fields as JSON paths ({@code title}, {@code timeline[3].text})
 */
public record StoredRevision(String incidentId, int revision, String author, Instant at, List<String> changes) {
    public StoredRevision {
        changes = List.copyOf(changes);
    }
}
