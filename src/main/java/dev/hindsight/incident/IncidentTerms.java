package dev.hindsight.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

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

    /** Replaces the incident's rows with those of {@code record}, as it now stands in {@code incidents}. */
    public static void write(Handle h, PostMortem record) {
        String id = record.id();
        Map<String, Object> row = h.createQuery("SELECT listed_at, restricted FROM incidents WHERE id = :id")
                .bind("id", id).mapToMap().one();
        long listedAt = ((Number) row.get("listed_at")).longValue();
        int restricted = ((Number) row.get("restricted")).intValue();
        Set<String> before = new HashSet<>(h.createQuery("SELECT term FROM incident_terms WHERE incident_id = :id")
                .bind("id", id).mapTo(String.class).list());
        h.createUpdate("DELETE FROM incident_terms WHERE incident_id = :id").bind("id", id).execute();
        List<Feature> features = Features.of(record);
        if (!features.isEmpty()) {
            var batch = h.prepareBatch("""
                    INSERT INTO incident_terms (incident_id, term, label, weight, listed_at, restricted)
                    VALUES (:id, :term, :label, :weight, :listedAt, :restricted)""");
            for (Feature f : features) {
                batch.bind("id", id).bind("term", f.key()).bind("label", f.label()).bind("weight", f.weight())
                        .bind("listedAt", listedAt).bind("restricted", restricted).add();
            }
            batch.execute();
        }
        Set<String> after = new HashSet<>();
        features.forEach(f -> after.add(f.key()));
        TreeSet<String> changes = new TreeSet<>();
        before.stream().filter(k -> !after.contains(k)).forEach(changes::add);
        after.stream().filter(k -> !before.contains(k)).forEach(changes::add);
        if (before.isEmpty() != after.isEmpty()) {
            changes.add(ALL);
        }
        if (changes.isEmpty()) {
            return;
        }
        var counts = h.prepareBatch("""
                INSERT INTO term_counts (term, incidents) VALUES (:term, :change)
                ON CONFLICT (term) DO UPDATE SET incidents = term_counts.incidents + :change""");
        for (String key : changes) {
            boolean gained = key.equals(ALL) ? before.isEmpty() : after.contains(key);
            counts.bind("term", key).bind("change", gained ? 1 : -1).add();
        }
        counts.execute();
    }
}
