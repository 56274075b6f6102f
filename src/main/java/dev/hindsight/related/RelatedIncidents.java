package dev.hindsight.related;

import dev.hindsight.incident.Feature;
import dev.hindsight.incident.IncidentTerms;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * The post-mortems most like one incident, for a reader: read from {@code incident_terms}, never from the records.
 * <ol>
 * <li>The incident's features and how many incidents have each ({@code term_counts}).</li>
 * <li>Candidates: for each of its {@link #ASKED most telling} features that another incident has, the incidents
 * with it nearest in time, earlier ones first (at most {@link #PAST} earlier and {@link #LATER} later per feature,
 * so a feature half the store has costs no more than a rare one); summed per incident in SQL, best
 * {@link #CANDIDATES} kept.</li>
 * <li>Each candidate scored on everything it shares with the incident ({@link Likeness}); a later incident counts
 * {@link #LATER_DISCOUNT} of an earlier one as alike, since the reader wants what happened before.</li>
 * </ol>
 * Every step keeps to the incidents the reader may see ({@link ReaderScope}), so nothing about a hidden incident,
 * not even a reason, is computed for them. Thread-safe.
 */
public final class RelatedIncidents {

    /** How many are shown unless asked otherwise, and the most that may be asked for. */
    public static final int SHOWN = 5;
    public static final int MOST = 10;
    static final int ASKED = 12;
    static final int PAST = 250;
    static final int LATER = 60;
    static final int CANDIDATES = 40;
    static final double LATER_DISCOUNT = 0.85;
    /** Below this, what two incidents share is chance (a single word a quarter of the store uses). */
    static final double LEAST_SCORE = 2.0;

    private final Database database;

    public RelatedIncidents(Database database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    /**
     * The {@code limit} incidents most like {@code id}, most alike first (ties by id), none of them itself, all
     * visible to {@code reader}; empty when nothing is shared enough.
     *
     * @throws NotFound     when there is no such incident, or the reader may not see it
     * @throws InvalidInput when {@code limit} is not between 1 and {@link #MOST}
     */
    public List<SimilarIncident> of(String id, Principal reader, int limit) {
        if (limit < 1 || limit > MOST) {
            throw InvalidInput.of("limit", "must be between 1 and " + MOST + ", was " + limit);
        }
        ReaderScope scope = ReaderScope.of(reader);
        return database.jdbi().withHandle(h -> {
            Long listedAt = scope.bindTo(h.createQuery("SELECT listed_at FROM incidents i WHERE i.id = :id AND "
                    + scope.condition("i"))).bind("id", id).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new NotFound("incident " + id));
            Map<String, Feature> mine = new LinkedHashMap<>();
            h.createQuery("SELECT term, label, weight FROM incident_terms WHERE incident_id = :id ORDER BY term")
                    .bind("id", id)
                    .map((rs, ctx) -> new Feature(rs.getString("term"), rs.getString("label"), rs.getInt("weight")))
                    .forEach(f -> mine.put(f.key(), f));
            if (mine.isEmpty()) {
                return List.of();
            }
            Map<String, Double> telling = telling(h, mine.keySet());
            List<Feature> asked = mine.values().stream().filter(f -> telling.containsKey(f.key()))
                    .sorted(Comparator.<Feature>comparingDouble(f -> -Likeness.worth(f, f.weight(),
                            telling.get(f.key()))).thenComparing(Feature::key))
                    .limit(ASKED).toList();
            if (asked.isEmpty()) {
                return List.of();
            }
            List<String> candidates = candidates(h, scope, id, listedAt, asked, telling);
            Map<String, Likeness> scored = score(h, scope, candidates, mine, telling, listedAt);
            List<Map.Entry<String, Likeness>> best = scored.entrySet().stream()
                    .filter(e -> e.getValue().enough(LEAST_SCORE))
                    .sorted(Likeness.mostAlikeFirst()).limit(limit).toList();
            return shown(h, scope, best);
        });
    }

    /** How telling each feature is; a feature no other incident has is left out (it can relate nothing). */
    private static Map<String, Double> telling(Handle h, java.util.Collection<String> keys) {
        List<String> asked = new ArrayList<>(keys);
        asked.add(IncidentTerms.ALL);
        Map<String, Long> having = new HashMap<>();
        h.createQuery("SELECT term, incidents FROM term_counts WHERE term IN (<terms>)").bindList("terms", asked)
                .map((rs, ctx) -> Map.entry(rs.getString("term"), rs.getLong("incidents")))
                .forEach(e -> having.put(e.getKey(), e.getValue()));
        long all = having.getOrDefault(IncidentTerms.ALL, 1L);
        Map<String, Double> out = new HashMap<>();
        for (String key : keys) {
            long count = having.getOrDefault(key, 0L);
            if (count > 1) {
                out.put(key, Likeness.telling(all, count));
            }
        }
        return out;
    }

    /** The incidents sharing the most telling features, nearest in time first per feature, roughly best first. */
    private static List<String> candidates(Handle h, ReaderScope scope, String id, long listedAt, List<Feature> asked,
                                           Map<String, Double> telling) {
        StringBuilder union = new StringBuilder();
        String visible = scope.conditionOnCopy("t");
        for (int i = 0; i < asked.size(); i++) {
            for (boolean past : new boolean[] {true, false}) {
                if (union.length() > 0) {
                    union.append(" UNION ALL ");
                }
                union.append("SELECT * FROM (SELECT t.incident_id, CAST(:w").append(i).append(" AS INTEGER) AS w")
                        .append(" FROM incident_terms t WHERE t.term = :t").append(i)
                        .append(past ? " AND t.listed_at <= :at" : " AND t.listed_at > :at")
                        .append(" AND t.incident_id <> :id AND ").append(visible)
                        // Both columns in the index's direction (backward for the past), so the walk needs no sort.
                        .append(past ? " ORDER BY t.listed_at DESC, t.incident_id DESC"
                                : " ORDER BY t.listed_at, t.incident_id")
                        .append(" LIMIT ").append(past ? PAST : LATER).append(") s")
                        .append(i).append(past ? "p" : "l");
            }
        }
        var query = h.createQuery("SELECT incident_id, SUM(w) AS score FROM (" + union + ") shared"
                + " GROUP BY incident_id ORDER BY score DESC, incident_id LIMIT " + CANDIDATES);
        for (int i = 0; i < asked.size(); i++) {
            Feature f = asked.get(i);
            query.bind("t" + i, f.key()).bind("w" + i, Math.round(1000 * Likeness.worth(f, f.weight(),
                    telling.get(f.key()))));
        }
        return scope.bindTo(query).bind("at", listedAt).bind("id", id).mapTo(String.class).list();
    }

    /** Each candidate's likeness on all the features it shares with the incident. */
    private static Map<String, Likeness> score(Handle h, ReaderScope scope, List<String> candidates,
                                               Map<String, Feature> mine, Map<String, Double> telling, long listedAt) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<Feature, Double>> shared = new HashMap<>();
        Map<String, Boolean> later = new HashMap<>();
        // The candidates' rows by the primary key, only those of the incident's features coming back (reading every
        // row of 40 candidates was most of the query's time in the driver). "|| ''" keeps both databases off the term
        // index for the list of features: SQLite then walked each term's whole run of it (every incident with the
        // word), and PostgreSQL ANDed that run's bitmap with the primary key's.
        scope.bindTo(h.createQuery("SELECT t.incident_id, t.term, t.weight, t.listed_at FROM incident_terms t"
                        + " WHERE t.incident_id IN (<candidates>) AND (t.term || '') IN (<terms>) AND "
                        + scope.conditionOnCopy("t")))
                .bindList("candidates", candidates)
                .bindList("terms", List.copyOf(telling.keySet()))
                .map((rs, ctx) -> new Object[] {rs.getString("incident_id"), rs.getString("term"), rs.getInt("weight"),
                        rs.getLong("listed_at")})
                .forEach(row -> {
                    String other = (String) row[0];
                    Feature f = mine.get((String) row[1]);
                    if (f == null || !telling.containsKey(f.key())) {
                        return;
                    }
                    shared.computeIfAbsent(other, k -> new HashMap<>())
                            .put(f, Likeness.worth(f, (Integer) row[2], telling.get(f.key())));
                    later.put(other, (Long) row[3] > listedAt);
                });
        Map<String, Likeness> out = new HashMap<>();
        shared.forEach((other, features) -> {
            double sum = features.values().stream().mapToDouble(Double::doubleValue).sum();
            out.put(other, new Likeness(later.get(other) ? sum * LATER_DISCOUNT : sum, features));
        });
        return out;
    }

    /** The best ones as the reader sees them, in the order given. */
    private static List<SimilarIncident> shown(Handle h, ReaderScope scope, List<Map.Entry<String, Likeness>> best) {
        if (best.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> rows = new HashMap<>();
        scope.bindTo(h.createQuery("SELECT i.id, i.title, i.severity_level, i.started_at FROM incidents i"
                        + " WHERE i.id IN (<ids>) AND " + scope.condition("i")))
                .bindList("ids", best.stream().map(Map.Entry::getKey).toList())
                .map((rs, ctx) -> new Object[] {rs.getString("id"), rs.getString("title"),
                        rs.getObject("severity_level") == null ? null : rs.getInt("severity_level"),
                        rs.getObject("started_at") == null ? null : Instant.ofEpochMilli(rs.getLong("started_at"))})
                .forEach(row -> rows.put((String) row[0], row));
        List<SimilarIncident> out = new ArrayList<>();
        for (var e : best) {
            Object[] row = rows.get(e.getKey());
            if (row != null) {
                out.add(new SimilarIncident(e.getKey(), (String) row[1], (Integer) row[2], (Instant) row[3],
                        Math.round(e.getValue().score() * 100) / 100.0, e.getValue().reasons()));
            }
        }
        return out;
    }
}
