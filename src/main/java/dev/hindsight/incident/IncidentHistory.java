package dev.hindsight.incident;

import java.time.Instant;
import java.util.List;

/** An incident with every revision it has had, oldest first: the unit of backup and restore. */
public record IncidentHistory(String id, List<Version> revisions) {
    public IncidentHistory {
        revisions = List.copyOf(revisions);
    }

    /** The latest revision. */
    public PostMortem current() {
        return revisions.get(revisions.size() - 1).record();
    }

    /** One revision whole: who, when, which fields changed, and the record as it then stood. */
    public record Version(int revision, String author, Instant at, List<String> changes, PostMortem record) {
        public Version {
            changes = List.copyOf(changes);
        }
    }
}
