package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store made before V16 has no incident_services rows: the migration must cut them out of services_search on
 * both databases, one row per whole name, and the upgraded store must still filter by service as before.
 */
class ServicesMigrationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private final Principal reader = Principal.of("jonas", Set.of());

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anUpgradedStoreFindsItsIncidentsByService(DatabaseKind kind) throws Exception {
        String schema = TestDatabases.freshSchemaName();
        String url = TestDatabases.postgresUrl();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Supplier<Database> open = kind == DatabaseKind.SQLITE ? () -> TestDatabases.sqlite(folder)
                : () -> Database.postgres(schemaUrl, null, null, 4);
        Database first = kind == DatabaseKind.SQLITE ? open.get() : TestDatabases.postgres(schema);
        try {
            Incidents incidents = new Incidents(first, Conventions.defaults(), clock);
            incidents.create(withServices("Both", "Checkout", "Payments API"), "priya");
            incidents.create(withServices("One", "payments api"), "priya");
            incidents.create(withServices("None"), "priya");
            // The store as V15 left it: the list's columns written, no rows per service, no V16 in the history (nor
            // any later migration, which would otherwise stand before V16 and fail Flyway's validation).
            first.jdbi().useHandle(h -> {
                SearchMigrationTest.undoAfterV16(h, kind);
                h.execute("DROP INDEX incidents_list_severity_updated");
                h.execute("DROP TABLE incident_services");
                h.execute("DELETE FROM flyway_schema_history WHERE version = '16'");
            });
            first.close();

            Database upgraded = open.get();
            try {
                ReadersView view = new Incidents(upgraded, Conventions.defaults(), clock).as(reader);
                assertThat(titles(view, "payments api")).containsExactlyInAnyOrder("Both", "One");
                assertThat(titles(view, "CHECKOUT")).containsExactly("Both");
                assertThat(titles(view, "payments")).isEmpty();
                int rows = upgraded.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident_services")
                        .mapTo(Integer.class).one());
                assertThat(rows).isEqualTo(3);
            } finally {
                upgraded.close();
            }
        } finally {
            if (kind == DatabaseKind.POSTGRESQL) {
                TestDatabases.dropPostgres(schema);
            }
        }
    }

    private static PostMortem withServices(String title, String... services) {
        PostMortem draft = PostMortem.draft(title);
        return draft.toBuilder().impact(draft.impact().toBuilder().services(List.of(services)).build()).build();
    }

    private static List<String> titles(ReadersView view, String service) {
        return view.list(new IncidentQuery(null, null, null, null, null, service, null, IncidentQuery.Order.NEWEST, 0, 50))
                .stream().map(IncidentSummary::title).toList();
    }
}
