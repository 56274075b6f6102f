package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The count of the review assistant's open findings that the list shows is written with the incident's other
 * derived rows when it is saved (never checked as the list reads), follows every save, and is caught up for incidents
 * an earlier version stored. On whichever database a subclass names.
 */
abstract class IncidentFindingsContract {

    private static final String BLAME = "Checkout failed for 38 minutes. Marco forgot to renew the certificate.";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PostMortem withSummary(PostMortem record, String summary) {
        return record.toBuilder().analysis(record.analysis().toBuilder().summary(summary).build()).build();
    }

    private Map<String, Integer> listed() {
        return incidents.as(Principal.operator()).list(IncidentQuery.all()).stream()
                .collect(Collectors.toMap(IncidentSummary::id, IncidentSummary::openFindings));
    }

    @Test
    void theListShowsEachIncidentsOpenFindingsAsSaved() {
        PostMortem blamed = incidents.create(withSummary(PostMortem.draft("Certificate expired"), BLAME), "priya");
        PostMortem plain = incidents.create(PostMortem.draft("Disk full"), "priya");

        // The blaming sentence, and no action items (a warning); the plain draft only lacks action items.
        assertThat(listed()).containsEntry(blamed.id(), 2).containsEntry(plain.id(), 1);
    }

    @Test
    void aSaveThatFixesAFindingLowersTheCount() {
        PostMortem blamed = incidents.create(withSummary(PostMortem.draft("Certificate expired"), BLAME), "priya");

        incidents.update(blamed.id(), blamed.revision(), withSummary(blamed, "Checkout failed for 38 minutes. The "
                + "certificate was not renewed: nothing alerted on its expiry."), "priya");

        assertThat(listed()).containsEntry(blamed.id(), 1);
    }

    @Test
    void anIncidentStoredByAnEarlierVersionGetsItsCountWhenTheStoreOpens() {
        PostMortem blamed = incidents.create(withSummary(PostMortem.draft("Certificate expired"), BLAME), "priya");
        store.database().jdbi().useHandle(h -> {
            h.execute("DELETE FROM incident_findings");
            h.execute("UPDATE incidents SET derived_version = 3");
        });
        assertThat(listed()).containsEntry(blamed.id(), 0);

        incidents = new Incidents(store.database(), Conventions.defaults(), clock);

        assertThat(listed()).containsEntry(blamed.id(), 2);
        List<List<Integer>> row = store.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT errors, warnings, notes FROM incident_findings WHERE incident_id = :id")
                .bind("id", blamed.id())
                .map((rs, ctx) -> List.of(rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("notes"))).list());
        assertThat(row)
                .containsExactly(List.of(1, 1, 0));
    }

    @Test
    void anUpgradeRewritesOnlyTheTablesAddedSinceAnIncidentsVersionAndAReindexRewritesThemAll() {
        PostMortem blamed = incidents.create(withSummary(PostMortem.draft("Certificate expired"), BLAME), "priya");
        store.database().jdbi().useHandle(h -> {
            h.execute("DELETE FROM incident_findings");
            h.execute("DELETE FROM incident_figures");
            h.execute("UPDATE incidents SET derived_version = 3");
        });

        incidents = new Incidents(store.database(), Conventions.defaults(), clock);

        assertThat(listed()).containsEntry(blamed.id(), 2);
        assertThat(figureRows()).as("version 3 already had insights' rows, so they are not rewritten").isZero();
        incidents.reindex((done, total) -> { });
        assertThat(figureRows()).isOne();
        assertThat(listed()).containsEntry(blamed.id(), 2);
    }

    private int figureRows() {
        return store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident_figures")
                .mapTo(Integer.class).one());
    }
}
