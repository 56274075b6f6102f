package dev.hindsight.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.Database;
import dev.hindsight.store.TestDatabases;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL, each keeping its own insights reports: a save on one node makes the other
 * node's kept report give way at once, with nothing to run and no message between the nodes.
 */
class TwoNodesInsightsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));

    @Test
    void aSaveOnOneNodeIsCountedAtOnceByTheOthersKeptReport() {
        String schema = TestDatabases.freshSchemaName();
        String url = TestDatabases.postgresUrl();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Database first = TestDatabases.postgres(schema);
             Database second = Database.postgres(schemaUrl, null, null, 4)) {
            Incidents writer = new Incidents(first, Conventions.defaults(), clock);
            Insights elsewhere = new Insights(second, Conventions.defaults(), clock);
            Principal reader = Principal.of("jonas", Set.of());
            writer.create(PostMortem.draft("Cache stampede on the catalogue"), "priya");
            InsightsReport kept = elsewhere.report(InsightsFilter.all(), reader);
            assertThat(kept.incidents()).isEqualTo(1);
            assertThat(elsewhere.report(InsightsFilter.all(), reader)).isSameAs(kept);

            writer.create(PostMortem.draft("Thundering herd on the catalogue"), "priya");
            assertThat(elsewhere.report(InsightsFilter.all(), reader).incidents()).isEqualTo(2);
        } finally {
            TestDatabases.dropPostgres(schema);
        }
    }
}
