package dev.hindsight.incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The row of an incident's open findings (incident_findings), written with its other derived rows in the
 * transaction that saves it, and read for a page of the list in one query. Stateless.
 */
final class IncidentFindings {

    private IncidentFindings() {
    }

    /** Replaces the incident's row with the counts of the record as saved. */
    static void write(Handle h, PostMortem record) {
        OpenFindings.Counts counts = OpenFindings.installed().of(h, record);
        h.createUpdate("DELETE FROM incident_findings WHERE incident_id = :id").bind("id", record.id()).execute();
        h.createUpdate("""
                INSERT INTO incident_findings (incident_id, errors, warnings, notes)
                VALUES (:id, :errors, :warnings, :notes)""")
                .bind("id", record.id())
                .bind("errors", counts.errors())
                .bind("warnings", counts.warnings())
                .bind("notes", counts.notes())
                .execute();
    }

    /**
     * The counts of the incidents named that have a row; the caller already knows the reader may see them. One query
     * by primary key, however the list was filtered and ordered, so the list's own query is left as it was.
     */
    static Map<String, OpenFindings.Counts> of(Handle h, Collection<String> ids) {
        Map<String, OpenFindings.Counts> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT incident_id, errors, warnings, notes FROM incident_findings WHERE incident_id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getString("incident_id"), new OpenFindings.Counts(rs.getInt("errors"),
                        rs.getInt("warnings"), rs.getInt("notes"))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
