package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's check asks for an edit's findings and the saved record's on every pause in typing: the saved revision
 * is linted once, not once per check, and what is kept never answers for another revision, other settings, an edit
 * passed as if saved, or a dismissal made since.
 */
class StandingFindingsTest {

    private static final String BLAME = "Marco forgot to renew the certificate.";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;
    private OrganisationLintSettings settings;
    private FindingDismissals dismissals;
    private StandingFindings standing;
    private String id;

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(DatabaseKind.SQLITE);
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        settings = new OrganisationLintSettings(store.database(), Conventions.defaults(), clock);
        dismissals = new FindingDismissals(store.database(), settings, clock);
        standing = new StandingFindings(settings, dismissals);
        PostMortem draft = PostMortem.draft("Certificate expired");
        id = incidents.create(draft.toBuilder().analysis(draft.analysis().toBuilder()
                .summary("Checkout failed for 38 minutes. " + BLAME).build()).build(), "priya").id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PostMortem typing(PostMortem saved, String summary) {
        return saved.toBuilder().analysis(saved.analysis().toBuilder().summary(summary).build()).build();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void checksOfOneSavedRevisionLintItOnceAndTheEditEachTime() {
        long before = standing.savedRevisionsLinted();
        List<StandingFindings.Edit> checks = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PostMortem saved = incidents.get(id); // read again each time, as each request does
            checks.add(standing.ofEdit(saved, typing(saved, "Checkout failed. Typed " + i + ".")));
        }

        assertThat(standing.savedRevisionsLinted() - before).isEqualTo(1);
        assertThat(checks).allSatisfy(c -> {
            assertThat(rules(c.saved())).contains("blame.person-failed");
            assertThat(rules(c.edited())).doesNotContain("blame.person-failed");
        });
        assertThat(rules(standing.ofSaved(incidents.get(id)))).isEqualTo(rules(checks.get(0).saved()));
        assertThat(standing.savedRevisionsLinted() - before).as("the page's panel asks the same revision").isEqualTo(1);
    }

    @Test
    void aNewRevisionNewSettingsOrADismissalAreSeenAtOnce() {
        PostMortem first = incidents.get(id);
        standing.ofSaved(first);
        long before = standing.savedRevisionsLinted();

        PostMortem second = incidents.update(id, first.revision(), typing(first, "Checkout failed for 38 minutes."),
                "priya");
        assertThat(rules(standing.ofSaved(incidents.get(id)))).doesNotContain("blame.person-failed");
        assertThat(standing.savedRevisionsLinted() - before).isEqualTo(1);

        settings.save(0, LintSettings.fromJson("{\"rules\": {\"completeness.no-action-items\": \"off\"}}"), "ada");
        assertThat(rules(standing.ofSaved(incidents.get(id)))).doesNotContain("completeness.no-action-items");
        assertThat(standing.savedRevisionsLinted() - before).isEqualTo(2);

        PostMortem third = incidents.update(id, second.revision(), typing(second, BLAME), "priya");
        assertThat(rules(standing.ofSaved(third))).contains("blame.person-failed");
        dismissals.dismiss(incidents.as(Principal.of("priya", Set.of())), id, new FindingDismissals.Request(
                "blame.person-failed", "analysis.summary", BLAME, "Marco is the deploy bot."), "priya");
        assertThat(rules(standing.ofSaved(incidents.get(id)))).doesNotContain("blame.person-failed");
        assertThat(standing.dismissedOnSaved(incidents.get(id), dismissals.of(id)))
                .extracting(d -> d.finding().rule()).containsExactly("blame.person-failed");
        assertThat(standing.savedRevisionsLinted() - before).as("a dismissal needs no new lint").isEqualTo(3);
    }

    @Test
    void anEditPassedAsIfSavedIsLintedAsItIsNotAnsweredWithTheSavedRevisionsFindings() {
        PostMortem saved = incidents.get(id);
        standing.ofSaved(saved);

        PostMortem edited = typing(saved, "Checkout failed for 38 minutes.");

        assertThat(edited.revision()).isEqualTo(saved.revision());
        assertThat(rules(standing.ofSaved(edited))).doesNotContain("blame.person-failed");
        assertThat(rules(standing.ofSaved(saved))).contains("blame.person-failed");
    }
}
