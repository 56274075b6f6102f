package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.lint.LintSettings;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.store.Database;
import dev.hindsight.store.TestDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL both notice a lint settings change and recount at once, while a third
 * writer keeps saving: every count ends current and right, each row is written by one of them, and no save is
 * overwritten by an older count.
 */
class TwoNodesFindingRecountTest {

    private static final String BLAME = "Checkout failed for 38 minutes. Marco forgot to renew the certificate.";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));

    @Test
    void twoNodesRecountingTogetherLeaveEveryCountCurrentAndNoSaveOverwritten() throws Exception {
        String schema = TestDatabases.freshSchemaName();
        String url = TestDatabases.postgresUrl();
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Database first = TestDatabases.postgres(schema);
             Database second = Database.postgres(schemaUrl, null, null, 4)) {
            Incidents one = new Incidents(first, Conventions.defaults(), clock);
            Incidents other = new Incidents(second, Conventions.defaults(), clock);
            List<PostMortem> saved = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                PostMortem draft = PostMortem.draft("Certificate expired " + i);
                saved.add(one.create(draft.toBuilder().analysis(draft.analysis().toBuilder().summary(BLAME).build())
                        .build(), "priya"));
            }
            new OrganisationLintSettings(first, Conventions.defaults(), clock).save(0,
                    LintSettings.fromJson("{\"rules\": {\"blame.person-failed\": \"off\"}}"), "ada");

            CompletableFuture<FindingRecount.Outcome> a = CompletableFuture.supplyAsync(() ->
                    one.findingRecount().recount((done, total) -> { }));
            CompletableFuture<FindingRecount.Outcome> b = CompletableFuture.supplyAsync(() ->
                    other.findingRecount().recount((done, total) -> { }));
            // Meanwhile every tenth incident gets its blaming sentence rewritten on the second node.
            List<String> rewritten = new ArrayList<>();
            for (int i = 0; i < saved.size(); i += 10) {
                PostMortem p = saved.get(i);
                other.update(p.id(), p.revision(), p.toBuilder().analysis(p.analysis().toBuilder()
                        .summary("Checkout failed for 38 minutes: nothing alerted before the certificate expired.")
                        .build()).build(), "omar");
                rewritten.add(p.id());
            }
            FindingRecount.Outcome byOne = a.get();
            FindingRecount.Outcome byOther = b.get();

            assertThat(one.findingRecount().behind()).isZero();
            assertThat(byOne.recounted() + byOther.recounted()).as("each row written once by a recount, or by a save")
                    .isLessThanOrEqualTo(saved.size());
            // With the blame rule off every record has one finding (no action items), saved or recounted.
            int wrong = first.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM incident_findings WHERE errors + warnings + notes <> 1")
                    .mapTo(Integer.class).one());
            assertThat(wrong).isZero();
            int rows = first.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident_findings f JOIN "
                    + "incidents i ON i.id = f.incident_id WHERE f.counted_revision = i.revision "
                    + "AND f.settings_version = 1").mapTo(Integer.class).one());
            assertThat(rows).as("every row counted from the incident's current revision").isEqualTo(saved.size());
            assertThat(rewritten).hasSize(25);
        } finally {
            TestDatabases.dropPostgres(schema);
        }
    }
}
