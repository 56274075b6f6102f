package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The passages of a page on PostgreSQL: made only where they can mark something, and each made once, they are the
 * passages the plain statement makes (every summary's passage, then the body's where the summary's marks nothing),
 * which this test keeps as the reference.
 */
class PostgresSnippetsTest {

    private static final String LONG_PREAMBLE = "The nightly batch ran as planned and finished on time. ".repeat(45);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(DatabaseKind.POSTGRESQL);
        Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        String[][] shapes = {
                {"Database failover stalled", "The database failover stalled for 20 minutes.", "Nothing else."},
                {"Checkout errors", "Checkout returned errors to customers.", "The database failover was slow and "
                        + "the cache stampede that followed double-charged some customers."},
                {"Database failover in the title only", "Customers saw slow pages.", "A quiet body."},
                {"Payments", "Customers were double-charged after a retry.", "The failover retried the charge."},
                {"Cache", "A cache stampede hit the origin; the database held.", "Failover was not needed."},
                {"Late word", LONG_PREAMBLE + "Then the failover started.", "Nothing here."},
                {"Stop words", "The and of a database.", "The failover of the database."},
        };
        for (String[] shape : shapes) {
            PostMortem draft = PostMortem.draft(shape[0]);
            PostMortem record = draft.toBuilder().analysis(draft.analysis().toBuilder().summary(shape[1]).build())
                    .extraSections(List.of(new ExtraSection("Notes", shape[2]))).build();
            ids.add(incidents.create(record, "priya").id());
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyPassageIsThePassageEverySummaryReadFirstWouldGive() {
        for (String query : List.of("database", "failover", "failover -database", "database -failover",
                "double-charged", "\"cache stampede\"", "cache -\"cache stampede\"", "the database", "customers",
                "zebra", "failover database", "title")) {
            SearchQuery q = QuerySyntax.parse(query, Map.of(), 1, 20);
            Map<String, String> made = store.database().jdbi().withHandle(h -> PostgresSnippets.of(h, q, ids));
            Map<String, String> reference = store.database().jdbi().withHandle(h -> reference(h, q, ids));
            assertThat(made).as(query).isEqualTo(reference).hasSize(ids.size());
        }
    }

    @Test
    void aSummaryWithTheWordGivesThePassageAndOneWithoutGivesTheBodys() {
        SearchQuery q = QuerySyntax.parse("failover", Map.of(), 1, 20);
        Map<String, String> made = store.database().jdbi().withHandle(h -> PostgresSnippets.of(h, q, ids));

        assertThat(made.get(ids.get(0))).contains(Snippet.OPEN + "failover" + Snippet.CLOSE).contains("stalled");
        assertThat(made.get(ids.get(1))).contains(Snippet.OPEN + "failover" + Snippet.CLOSE).contains("was slow");
        assertThat(made.get(ids.get(2))).doesNotContain(String.valueOf(Snippet.OPEN)).startsWith("Customers saw");
        assertThat(made.get(ids.get(5))).as("a word past the summary's first 2,000 characters")
                .contains(Snippet.OPEN + "failover" + Snippet.CLOSE);
    }

    /** The statement before passages were made only where they could mark something: every summary's, then the body's. */
    private static Map<String, String> reference(Handle h, SearchQuery q, List<String> incidentIds) {
        String tsquery = PostgresSearch.tsquery(q);
        String options = "StartSel=\"" + Snippet.OPEN + "\", StopSel=\"" + Snippet.CLOSE
                + "\", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
        String body = "CASE WHEN f.at > 0 THEN substr(r.body, GREATEST(1, f.at - 150), 600) ELSE LEFT(r.body, 3000)"
                + " || chr(10) || r.people END";
        Map<String, String> out = new HashMap<>();
        PostgresSearch.bindTerms(h.createQuery("SELECT r.incident_id, s.passage, CASE WHEN strpos(s.passage, :open) = 0"
                        + " THEN (SELECT ts_headline('english', " + body + ", " + tsquery + ", :options) FROM"
                        + " (SELECT COALESCE(MIN(NULLIF(strpos(lower(r.body), stem), 0)), 0) AS at"
                        + " FROM unnest(tsvector_to_array(to_tsvector('english', :words))) stem) f) END"
                        + " FROM incident_search r CROSS JOIN LATERAL (SELECT COALESCE(ts_headline('english',"
                        + " r.summary, " + tsquery + ", :options), '') AS passage) s"
                        + " WHERE r.incident_id IN (<ids>)"), q)
                .bind("options", options).bind("open", String.valueOf(Snippet.OPEN))
                .bind("words", String.join(" ", q.terms().stream().map(SearchTerm::text).toList()))
                .bindList("ids", incidentIds)
                .map((rs, ctx) -> {
                    String bodyPassage = rs.getString(3);
                    boolean bodyMarked = bodyPassage != null && bodyPassage.indexOf(Snippet.OPEN) >= 0;
                    return Map.entry(rs.getString(1), bodyMarked ? bodyPassage : rs.getString(2));
                })
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
