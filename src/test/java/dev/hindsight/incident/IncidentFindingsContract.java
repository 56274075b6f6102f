package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.LintSettings;
import dev.hindsight.lint.OrganisationLintSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The count of the review assistant's open findings that the list shows is written with the incident's other
 * derived rows when it is saved (never checked as the list reads), follows every save, is caught up for incidents
 * an earlier version stored, and after a change of the lint settings is shown as being recounted until the
 * background recount brings it up, which never writes over a save or a dismissal made meanwhile. On whichever
 * database a subclass names.
 */
abstract class IncidentFindingsContract extends StoreContract {

    private static final String BLAME = "Checkout failed for 38 minutes. Marco forgot to renew the certificate.";

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

    private static final LintSettings NO_PERSON_FAILED =
            LintSettings.fromJson("{\"rules\": {\"blame.person-failed\": \"off\"}}");

    private OrganisationLintSettings lintSettings() {
        return new OrganisationLintSettings(store.database(), Conventions.defaults(), clock);
    }

    private Map<String, Boolean> recounting() {
        return incidents.as(Principal.operator()).list(IncidentQuery.all()).stream()
                .collect(Collectors.toMap(IncidentSummary::id, IncidentSummary::findingsRecounting));
    }

    @Test
    void aSettingsChangeShowsTheKeptCountsAsBeingRecountedUntilTheRecountBringsThemUp() {
        PostMortem blamed = incidents.create(withSummary(PostMortem.draft("Certificate expired"), BLAME), "priya");
        PostMortem plain = incidents.create(PostMortem.draft("Disk full"), "priya");
        FindingRecount recount = incidents.findingRecount();
        assertThat(recount.behind()).isZero();

        lintSettings().save(0, NO_PERSON_FAILED, "ada");

        assertThat(recount.behind()).isEqualTo(2);
        assertThat(recounting()).containsEntry(blamed.id(), true).containsEntry(plain.id(), true);
        assertThat(listed()).as("the old figure, shown as being recounted").containsEntry(blamed.id(), 2);

        FindingRecount.Outcome outcome = recount.recount((done, total) -> { });

        assertThat(outcome).isEqualTo(new FindingRecount.Outcome(2, 0));
        assertThat(recount.behind()).isZero();
        assertThat(recounting()).containsEntry(blamed.id(), false).containsEntry(plain.id(), false);
        assertThat(listed()).containsEntry(blamed.id(), 1).containsEntry(plain.id(), 1);
    }

    @Test
    void aCountTakenBeforeASaveIsRefusedAndTheSavesOwnCountStands() {
        PostMortem blamed = incidents.create(withSummary(PostMortem.draft("Certificate expired"), BLAME), "priya");
        lintSettings().save(0, NO_PERSON_FAILED, "ada");
        FindingRecount recount = incidents.findingRecount();
        List<IncidentFindings.Behind> read = recount.read(1, "");
        List<FindingRecount.Recounted> counted = recount.count(read);

        // Meanwhile someone adds an action item: the record the recount counted is no longer the incident's.
        incidents.update(blamed.id(), blamed.revision(), blamed.toBuilder().actionItems(List.of(
                dev.hindsight.actions.ActionItem.of("Alert on certificate expiry", "priya",
                        dev.hindsight.actions.Priority.P1, java.time.LocalDate.parse("2026-03-20")))).build(),
                "priya");
        // As if the save had read the settings just before version 1 committed: only the revision tells.
        store.database().jdbi().useHandle(h -> h.execute("UPDATE incident_findings SET settings_version = 0"));
        int written = recount.write(counted);

        assertThat(counted).singleElement().extracting(c -> c.counted().counts().total()).isEqualTo(1);
        assertThat(written).isZero();
        assertThat(listed()).as("the save's count, not the older record's").containsEntry(blamed.id(), 0);
        recount.recount((done, total) -> { });
        assertThat(listed()).as("recounted from the saved record").containsEntry(blamed.id(), 0);
        assertThat(recounting()).containsEntry(blamed.id(), false);
    }

    @Test
    void aCountTakenBeforeADismissalIsRefusedAndTheDismissalsOwnCountStands() {
        PostMortem blamed = incidents.create(withSummary(PostMortem.draft("Certificate expired"), BLAME), "priya");
        OrganisationLintSettings settings = lintSettings();
        FindingDismissals dismissals = new FindingDismissals(store.database(), settings, clock);
        settings.save(0, LintSettings.fromJson("{\"rules\": {\"blame.judgement\": \"off\"}}"), "ada");
        FindingRecount recount = incidents.findingRecount();
        List<FindingRecount.Recounted> counted = recount.count(recount.read(1, ""));

        dismissals.dismiss(incidents.as(Principal.of("priya", Set.of())), blamed.id(),
                new FindingDismissals.Request("blame.person-failed", "analysis.summary",
                        "Marco forgot to renew the certificate.", "Marco is the renewal bot."), "priya");
        // As if the dismissal had read the settings just before version 1 committed: only its event tells.
        store.database().jdbi().useHandle(h -> h.execute("UPDATE incident_findings SET settings_version = 0"));
        int written = recount.write(counted);

        assertThat(counted).singleElement().extracting(c -> c.counted().counts().total()).isEqualTo(2);
        assertThat(written).isZero();
        assertThat(listed()).as("the dismissal's count").containsEntry(blamed.id(), 1);
        recount.recount((done, total) -> { });
        assertThat(listed()).containsEntry(blamed.id(), 1);
        assertThat(recounting()).containsEntry(blamed.id(), false);
    }

    @Test
    void theStoredCountIsJudgedByTheInstallationsConventions() {
        String seed = incidents.create(LATE, "priya").id();
        incidents = new Incidents(store.database(), HORIZON, clock);
        String configured = incidents.create(LATE, "priya").id();

        Map<String, Integer> counts = listed();
        assertThat(counts.get(seed)).as("the seed's policy finds the item late").isEqualTo(counts.get(configured) + 1);
    }

    /** A P1 item due 22 days after the resolution: late under p-levels (14 days), not under horizon-days (30). */
    static final PostMortem LATE = PostMortem.draft("Checkout 502s").toBuilder()
            .timeline(new dev.hindsight.timeline.Timeline(List.of(
                    dev.hindsight.timeline.TimelineEvent.milestone(Instant.parse("2026-03-08T01:40:00Z"),
                            dev.hindsight.timeline.EventKind.STARTED, "Started"),
                    dev.hindsight.timeline.TimelineEvent.milestone(Instant.parse("2026-03-08T01:42:00Z"),
                            dev.hindsight.timeline.EventKind.DETECTED, "Detected"),
                    dev.hindsight.timeline.TimelineEvent.milestone(Instant.parse("2026-03-08T01:50:00Z"),
                            dev.hindsight.timeline.EventKind.RESOLVED, "Resolved"))))
            .actionItems(List.of(dev.hindsight.actions.ActionItem.of("Page the gateway team on 502s", "priya",
                    dev.hindsight.actions.Priority.P1, java.time.LocalDate.parse("2026-03-30"))))
            .build();
    static final Conventions HORIZON = Conventions.defaults().withFollowThrough(
            dev.hindsight.actions.ActionPolicy.preset("horizon-days").orElseThrow(),
            Conventions.defaults().approvalPolicy(), Conventions.defaults().reviewCadence());

    @Test
    void theFirstNodeToRecordItsConventionsTakesTheKeptCountsAsCountedUnderThem() {
        incidents.create(LATE, "priya");

        FindingConventions.Adoption adoption = incidents.findingRecount().adoptConventions("node-a", clock.instant());

        assertThat(adoption.changed()).isFalse();
        assertThat(incidents.findingRecount().behind()).isZero();
        assertThat(incidents.findingRecount().adoptConventions("node-b", clock.instant()).changed())
                .as("the same conventions again").isFalse();
    }

    @Test
    void aNodeStartedWithOtherConventionsShowsTheCountsAsBeingRecountedUntilItsRecountCatchesThemUp() {
        String id = incidents.create(LATE, "priya").id();
        incidents.findingRecount().adoptConventions("node-a", clock.instant());
        int underSeed = listed().get(id);

        Incidents horizon = new Incidents(store.database(), HORIZON, clock);
        FindingConventions.Adoption adoption = horizon.findingRecount().adoptConventions("node-b", clock.instant());

        assertThat(adoption.changed()).isTrue();
        assertThat(adoption.markedBehind()).isEqualTo(1);
        assertThat(adoption.replaced().orElseThrow().adoptedBy()).isEqualTo("node-a");
        assertThat(recounting()).containsEntry(id, true);
        assertThat(horizon.findingRecount().recount((done, total) -> { }))
                .isEqualTo(new FindingRecount.Outcome(1, 0));
        assertThat(recounting()).containsEntry(id, false);
        assertThat(listed()).as("the item is not late under horizon-days").containsEntry(id, underSeed - 1);
    }

    @Test
    void aNodeUnderConventionsNoLongerInForceRecountsNothingAndItsSavesCountsWaitForTheNodeInForce() {
        incidents.findingRecount().adoptConventions("node-a", clock.instant());
        Incidents horizon = new Incidents(store.database(), HORIZON, clock);
        horizon.findingRecount().adoptConventions("node-b", clock.instant());

        String id = incidents.create(LATE, "priya").id();

        assertThat(incidents.findingRecount().underConventionsInForce()).isFalse();
        assertThat(recounting()).as("counted under the old conventions: not taken for current").containsEntry(id, true);
        assertThat(incidents.findingRecount().recount((done, total) -> { }))
                .as("the node under the old conventions leaves it").isEqualTo(new FindingRecount.Outcome(0, 0));
        assertThat(recounting()).containsEntry(id, true);
        assertThat(horizon.findingRecount().recount((done, total) -> { }))
                .isEqualTo(new FindingRecount.Outcome(1, 0));
        assertThat(recounting()).containsEntry(id, false);
        String savedUnderHorizon = horizon.create(LATE, "priya").id();
        assertThat(listed().get(id)).as("as the node in force counts it").isEqualTo(listed().get(savedUnderHorizon));
    }

    private int figureRows() {
        return store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident_figures")
                .mapTo(Integer.class).one());
    }
}
