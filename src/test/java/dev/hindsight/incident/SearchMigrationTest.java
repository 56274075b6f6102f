package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.search.QuerySyntax;
import dev.hindsight.search.Search;
import dev.hindsight.search.SearchResult;
import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store made before V17 has no search rows: opening it with this version migrates it (each database its own V17)
 * and writes the derived rows of every incident an older version wrote, so its incidents are found with nothing run
 * by hand, restricted ones still only by those named on them.
 */
class SearchMigrationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));

    @TempDir
    Path folder;

    /**
     * Takes a store back to what V16 left: no search tables, no derived_version, none of the later derived tables
     * (insights' V18, related incidents' V19, the derived generation V21, the review assistant's counts V22), no
     * title-words index (PostgreSQL's V20, SQLite's title table V26), none of the later tables (lint's V23), nor
     * PostgreSQL's search windows (V25), nor SQLite's service and responder names (V30; its filter words are a column of
     * incident_search, gone with the table), and none of V17 onwards in the history.
     */
    static void undoAfterV16(Handle h, DatabaseKind kind) {
        h.execute("DROP TABLE finding_marks");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '33'");
        h.execute("DROP TABLE serving_nodes");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '32'");
        h.execute("DROP TABLE finding_conventions");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '31'");
        if (kind == DatabaseKind.SQLITE) {
            h.execute("DROP TABLE incident_search_names");
        }
        h.execute("DELETE FROM flyway_schema_history WHERE version = '30'");
        // PostgreSQL's V29 changed only incident_search's words index (its filter tags): gone with the table.
        h.execute("DELETE FROM flyway_schema_history WHERE version = '29'");
        h.execute("DROP TABLE derived_changes");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '28'");
        if (kind == DatabaseKind.SQLITE) {
            h.execute("DROP TABLE incident_titles");
        }
        h.execute("DELETE FROM flyway_schema_history WHERE version = '26'");
        // PostgreSQL's V25 changed only incident_search (its words-and-weeks index and storage): gone with the table.
        h.execute("DELETE FROM flyway_schema_history WHERE version = '25'");
        h.execute("DROP INDEX incident_findings_behind");
        h.execute("ALTER TABLE incident_findings DROP COLUMN dismissal_events");
        h.execute("ALTER TABLE incident_findings DROP COLUMN counted_revision");
        h.execute("ALTER TABLE incident_findings DROP COLUMN settings_version");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '24'");
        h.execute("DROP TABLE finding_dismissals");
        h.execute("DROP TABLE lint_settings");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '23'");
        h.execute("DROP TABLE incident_findings");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '22'");
        h.execute("DROP TABLE derived_generation");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '21'");
        if (kind == DatabaseKind.POSTGRESQL) {
            h.execute("DROP INDEX incidents_title_words");
        }
        h.execute("DELETE FROM flyway_schema_history WHERE version = '20'");
        h.execute("DROP TABLE term_counts");
        h.execute("DROP TABLE incident_terms");
        h.execute("DROP TABLE incident_figures");
        h.execute("DELETE FROM flyway_schema_history WHERE version IN ('18', '19')");
        h.execute("DROP TABLE incident_search");
        if (kind == DatabaseKind.SQLITE) {
            h.execute("DROP TABLE incident_search_rows");
        }
        h.execute("ALTER TABLE incidents DROP COLUMN derived_version");
        h.execute("DELETE FROM flyway_schema_history WHERE version = '17'");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anUpgradedStoreFindsItsIncidentsByAnyWordWithNothingRunByHand(DatabaseKind kind) {
        upgraded(kind, first -> {
            Incidents incidents = new Incidents(first, Conventions.defaults(), clock);
            incidents.create(Records.full("Checkout returned 502s"), "priya");
            incidents.create(PostMortem.draft("Restricted certificate leak").toBuilder()
                    .access(new Access(true, List.of("priya"), List.of())).build(), "priya");
            first.jdbi().useHandle(h -> undoAfterV16(h, kind));
        }, upgraded -> {
            new Incidents(upgraded, Conventions.defaults(), clock);
            Search search = new Search(upgraded, Conventions.defaults().timeZone());
            assertThat(titles(search, "certificate", Principal.of("jonas", Set.of())))
                    .containsExactly("Checkout returned 502s");
            assertThat(titles(search, "certificate", Principal.of("priya", Set.of())))
                    .containsExactlyInAnyOrder("Checkout returned 502s", "Restricted certificate leak");
            int behind = upgraded.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM incidents WHERE derived_version < " + DerivedRows.VERSION)
                    .mapTo(Integer.class).one());
            assertThat(behind).isZero();
        });
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradingToTheConventionsFingerprintMarksEveryKeptCountBehindForTheRecount(DatabaseKind kind) {
        upgraded(kind, first -> {
            Incidents incidents = new Incidents(first, Conventions.defaults(), clock);
            incidents.create(Records.full("Checkout returned 502s"), "priya");
            incidents.create(Records.full("Search timed out"), "priya");
            first.jdbi().useHandle(h -> {
                h.execute("DROP TABLE finding_marks");
                h.execute("DELETE FROM flyway_schema_history WHERE version = '33'");
                h.execute("DROP TABLE serving_nodes");
                h.execute("DELETE FROM flyway_schema_history WHERE version = '32'");
                h.execute("DROP TABLE finding_conventions");
                h.execute("DELETE FROM flyway_schema_history WHERE version = '31'");
            });
            assertThat(versions(first)).containsOnly(0);
        }, upgraded -> assertThat(versions(upgraded)).hasSize(2).containsOnly(-1));
    }

    /**
     * A store of {@code kind} filled and taken back by {@code before}, closed, then opened again (so the migrations
     * run) and handed to {@code after}; the PostgreSQL schema is dropped at the end.
     */
    private void upgraded(DatabaseKind kind, Consumer<Database> before, Consumer<Database> after) {
        String schema = TestDatabases.freshSchemaName();
        String url = TestDatabases.postgresUrl();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Supplier<Database> open = kind == DatabaseKind.SQLITE ? () -> TestDatabases.sqlite(folder)
                : () -> Database.postgres(schemaUrl, null, null, 4);
        Database first = kind == DatabaseKind.SQLITE ? open.get() : TestDatabases.postgres(schema);
        try {
            before.accept(first);
            first.close();
            Database upgraded = open.get();
            try {
                after.accept(upgraded);
            } finally {
                upgraded.close();
            }
        } finally {
            if (kind == DatabaseKind.POSTGRESQL) {
                TestDatabases.dropPostgres(schema);
            }
        }
    }

    private static List<Integer> versions(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT settings_version FROM incident_findings")
                .mapTo(Integer.class).list());
    }

    private static List<String> titles(Search search, String q, Principal reader) {
        return search.find(QuerySyntax.parse(q, Map.of(), 1, 20), reader).results().stream()
                .map(SearchResult::title).toList();
    }
}
