package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.Database;
import dev.hindsight.store.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL, each with its own pool, as a small installation runs them: what one saves
 * the other finds at once, and what one changes the other no longer finds the old way. Nothing else runs.
 */
class TwoNodesSearchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));

    @Test
    void aChangeSavedOnOneNodeIsFoundAtOnceOnTheOther() {
        String schema = TestDatabases.freshSchemaName();
        String url = TestDatabases.postgresUrl();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Database first = TestDatabases.postgres(schema);
             Database second = Database.postgres(schemaUrl, null, null, 4)) {
            Incidents writer = new Incidents(first, Conventions.defaults(), clock);
            Search elsewhere = new Search(second, Conventions.defaults().timeZone());

            String id = writer.create(PostMortem.draft("Cache stampede on the catalogue"), "priya").id();
            assertThat(titles(elsewhere, "stampede")).containsExactly("Cache stampede on the catalogue");

            PostMortem current = writer.get(id);
            writer.update(id, current.revision(), current.toBuilder().title("Thundering herd on the catalogue")
                    .build(), "priya");
            assertThat(titles(elsewhere, "herd")).containsExactly("Thundering herd on the catalogue");
            assertThat(titles(elsewhere, "stampede")).isEmpty();
        } finally {
            TestDatabases.dropPostgres(schema);
        }
    }

    private static List<String> titles(Search search, String q) {
        return search.find(QuerySyntax.parse(q, Map.of(), 1, 20), Principal.of("jonas", java.util.Set.of()))
                .results().stream().map(SearchResult::title).toList();
    }
}
