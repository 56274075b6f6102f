package dev.hindsight.incident;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes an incident's rows of {@code incident_terms} (its {@link Features}) and keeps {@code term_counts} exact:
 * only the features the incident gained or lost change a count, so an edit that leaves the text alone touches no
 * count, and counts are changed in key order, so two saves never wait on each other's rows in a circle. Runs in
 * the transaction that saves the incident, after its row in {@code incidents} is written. Stateless; thread-safe.
 */
public final class IncidentTerms {

    /** The count of incidents that have rows at all, kept under a key no feature has. */
    public static final String ALL = "";

    private IncidentTerms() {
    }

    /**
     * Replaces each incident's rows with those of its record, as the records now stand in {@code incidents}; the
     * counts change by what each incident gained or lost, summed over the incidents, so they end as saving the records
     * one by one would leave them.
     */
    static void write(Handle h, List<PostMortem> records) {
        List<String> ids = Rows.ids(records);
        Map<String, Map<String, Object>> rows = new HashMap<>();
        h.createQuery("SELECT id, listed_at, restricted FROM incidents WHERE id IN (<ids>)").bindList("ids", ids)
                .mapToMap().forEach(row -> rows.put((String) row.get("id"), row));
        Map<String, Set<String>> before = new HashMap<>();
        h.createQuery("SELECT incident_id, term FROM incident_terms WHERE incident_id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getString("incident_id"), rs.getString("term")))
                .forEach(e -> before.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        h.createUpdate("DELETE FROM incident_terms WHERE incident_id IN (<ids>)").bindList("ids", ids).execute();
        PreparedBatch terms = h.prepareBatch("""
                INSERT INTO incident_terms (incident_id, term, label, weight, listed_at, restricted)
                VALUES (:id, :term, :label, :weight, :listedAt, :restricted)""");
        // Key order, so two saves never wait on each other's rows of term_counts in a circle.
        TreeMap<String, Integer> changes = new TreeMap<>();
        for (PostMortem record : records) {
            Map<String, Object> row = rows.get(record.id());
            long listedAt = ((Number) row.get("listed_at")).longValue();
            int restricted = ((Number) row.get("restricted")).intValue();
            List<Feature> features = Features.of(record);
            for (Feature f : features) {
                terms.bind("id", record.id()).bind("term", f.key()).bind("label", f.label())
                        .bind("weight", f.weight()).bind("listedAt", listedAt).bind("restricted", restricted).add();
            }
            count(before.getOrDefault(record.id(), Set.of()), features, changes);
        }
        Rows.execute(terms);
        if (changes.isEmpty()) {
            return;
        }
        PreparedBatch counts = h.prepareBatch("""
                INSERT INTO term_counts (term, incidents) VALUES (:term, :change)
                ON CONFLICT (term) DO UPDATE SET incidents = term_counts.incidents + :change""");
        changes.forEach((key, change) -> counts.bind("term", key).bind("change", change).add());
        counts.execute();
    }

    /**
     * Adds what one incident's change does to the counts: +1 for each feature it gained, -1 for each it lost, and
     * the same for {@link #ALL} when it gained its first or lost its last. A key two incidents move opposite ways
     * stays in at 0, so its row is there afterwards just as it would be after saving them one by one.
     */
    private static void count(Set<String> before, List<Feature> features, Map<String, Integer> changes) {
        Set<String> after = new HashSet<>();
        features.forEach(f -> after.add(f.key()));
        before.stream().filter(k -> !after.contains(k)).forEach(k -> changes.merge(k, -1, Integer::sum));
        after.stream().filter(k -> !before.contains(k)).forEach(k -> changes.merge(k, 1, Integer::sum));
        if (before.isEmpty() != after.isEmpty()) {
            changes.merge(ALL, before.isEmpty() ? 1 : -1, Integer::sum);
        }
    }
}
