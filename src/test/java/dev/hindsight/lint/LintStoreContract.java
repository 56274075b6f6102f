package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import dev.hindsight.template.OrganisationTemplates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lint settings and dismissed findings kept in a real store, the same on SQLite and PostgreSQL. */
abstract class LintStoreContract {

    private static final String BLAME = "Marco forgot to update the load balancer certificate.";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;
    private OrganisationLintSettings settings;
    private FindingDismissals dismissals;
    private PostMortem open;
    private PostMortem restricted;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
        settings = new OrganisationLintSettings(store.database(), Conventions.defaults(), clock);
        dismissals = new FindingDismissals(store.database(), settings, clock);
        open = incidents.create(saying("Checkout 502s", Access.open()), "priya");
        restricted = incidents.create(saying("Credential leak", new Access(true, List.of("priya"), List.of())),
                "priya");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PostMortem saying(String title, Access access) {
        PostMortem draft = PostMortem.draft(title);
        return draft.toBuilder().access(access).analysis(draft.analysis().toBuilder()
                .summary("Checkout failed for 38 minutes. " + BLAME).build()).build();
    }

    private ReadersView as(String user) {
        return incidents.as(Principal.of(user, Set.of()));
    }

    private FindingDismissals.Request blame(String reason) {
        return new FindingDismissals.Request("blame.person-failed", "analysis.summary", BLAME, reason);
    }

    private List<String> shown(PostMortem record) {
        return settings.recordLint().findings(incidents.get(record.id()), dismissals.of(record.id())).stream()
                .map(Finding::rule).toList();
    }

    @Test
    void beforeAnyoneSavesTheSettingsAreTheBuiltInOnesAtVersionZero() {
        OrganisationLintSettings.Saved current = settings.current();

        assertThat(current.version()).isZero();
        assertThat(current.settings().isBuiltIn()).isTrue();
        assertThat(current.etag()).isEqualTo("\"0\"");
        assertThat(settings.history()).isEmpty();
    }

    @Test
    void eachSaveIsTheNextVersionAndTheEarlierOnesStayAsTheHistory() {
        LintSettings off = LintSettings.fromJson("{\"rules\": {\"completeness.no-action-items\": \"off\"}}");
        LintSettings note = LintSettings.fromJson("{\"rules\": {\"completeness.no-action-items\": \"note\"}}");

        settings.save(0, off, "ada");
        clock.advance(Duration.ofMinutes(5));
        OrganisationLintSettings.Saved second = settings.save(1, note, "omar");

        assertThat(settings.current()).isEqualTo(second);
        assertThat(settings.history()).extracting(OrganisationLintSettings.Saved::version,
                OrganisationLintSettings.Saved::savedBy, OrganisationLintSettings.Saved::settings).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "omar", note), org.assertj.core.groups.Tuple.tuple(1, "ada", off));
        assertThat(settings.history().get(1).savedAt()).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndTheNewerOneStays() {
        LintSettings mine = LintSettings.fromJson("{\"rules\": {\"blame.judgement\": \"off\"}}");
        LintSettings theirs = LintSettings.fromJson("{\"rules\": {\"blame.hindsight\": \"note\"}}");
        settings.save(0, theirs, "omar");

        assertThatThrownBy(() -> settings.save(0, mine, "ada")).isInstanceOf(StaleLintSettings.class)
                .hasMessageContaining("based on version 0 but the current version is 1");
        assertThat(settings.current().settings()).isEqualTo(theirs);
    }

    @Test
    void aSettingsChangeSavedThroughOneNodeIsWhatAnotherNodeLintsWith() {
        OrganisationLintSettings otherNode = new OrganisationLintSettings(store.database(), Conventions.defaults(),
                clock);
        List<String> before = otherNode.recordLint().findings(open).stream().map(Finding::rule).toList();

        settings.save(0, LintSettings.fromJson("{\"rules\": {\"blame.person-failed\": \"off\"}}"), "ada");

        assertThat(before).contains("blame.person-failed");
        assertThat(otherNode.recordLint().findings(open)).extracting(Finding::rule)
                .containsExactly("completeness.no-action-items");
    }

    /**
     * The sections an organisation's template marks with placeholders are what its records are judged by, and a
     * template changed through one node is what another judges by next, for what it shows and what it counts.
     */
    @Test
    void aRecordInTheOrganisationsOwnTemplateIsJudgedByThatTemplateAsItStandsOnEveryNode() {
        OrganisationTemplates templates = new OrganisationTemplates(store.database(), clock,
                OrganisationLayouts::recountWhenSectionsChange);
        OrganisationLintSettings otherNode = new OrganisationLintSettings(store.database(), Conventions.defaults(),
                clock);
        PostMortem record = open.toBuilder().layout("one-pager").owner("").build();
        assertThat(otherNode.recordLint().findings(record)).extracting(Finding::rule)
                .doesNotContain("completeness.section-empty");

        templates.save("one-pager", "", "# {{title}}\n\n**Owner:** {{#owner}}{{owner}}{{/owner}}{{^owner}}"
                + "{{#placeholders}}[Name]{{/placeholders}}{{/owner}}\n", "ada");

        assertThat(otherNode.recordLint().findings(record)).filteredOn(f -> f.rule().equals("completeness.section-empty"))
                .extracting(Finding::field).containsExactly("owner");
        // The counts kept beside the incidents are recounted by the template's sections.
        assertThat(incidents.findingRecount().behind()).isEqualTo(2);
        incidents.findingRecount().recount((done, of) -> { });
        assertThat(incidents.findingRecount().behind()).isZero();
        assertThat(countedRules(record)).contains("completeness.section-empty");

        // A new description, the same sections: nothing to recount. Then, in the same millisecond, other sections.
        templates.save("one-pager", "Our one-pager", "# {{title}}\n\n**Owner:** {{#owner}}{{owner}}{{/owner}}"
                + "{{^owner}}{{#placeholders}}[Name]{{/placeholders}}{{/owner}}\n", "ada");
        assertThat(incidents.findingRecount().behind()).isZero();
        templates.save("one-pager", "", "# {{title}}\n\n**Owner:** {{owner}}\n", "ada");
        assertThat(incidents.findingRecount().behind()).isEqualTo(2);

        assertThat(otherNode.recordLint().findings(record)).extracting(Finding::rule)
                .doesNotContain("completeness.section-empty");
        assertThat(countedRules(record)).doesNotContain("completeness.section-empty");
    }

    /** The rules the store's count of findings (written as an incident is saved) finds on a record. */
    private List<String> countedRules(PostMortem record) {
        RecordLint lint = store.database().jdbi().withHandle(h -> OrganisationLintSettings.inForce(h,
                Conventions.defaults()).lint());
        return lint.findings(record).stream().map(Finding::rule).toList();
    }

    @Test
    void aDismissedFindingIsNoLongerShownAndReinstatingItShowsItAgainWithTheDismissalKept() {
        Dismissal made = dismissals.dismiss(as("priya"), open.id(), blame("Marco is the vendor's system."), "priya");
        List<String> dismissed = shown(open);
        clock.advance(Duration.ofHours(1));
        Dismissal undone = dismissals.reinstate(as("omar"), open.id(), made.number(), "omar");

        assertThat(made.number()).isEqualTo(1);
        assertThat(dismissed).containsExactly("completeness.no-action-items");
        assertThat(shown(open)).containsExactly("blame.person-failed", "completeness.no-action-items");
        assertThat(dismissals.list(as("omar"), open.id())).containsExactly(undone);
        assertThat(undone.reinstatedBy()).isEqualTo("omar");
        assertThat(undone.reinstatedAt()).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
        assertThat(undone.reason()).isEqualTo("Marco is the vendor's system.");
        assertThatThrownBy(() -> dismissals.reinstate(as("omar"), open.id(), 1, "omar"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("reinstated already, by omar");
    }

    @Test
    void dismissalsAreNumberedInTurnAndAFindingStillDismissedCannotBeDismissedAgain() {
        dismissals.dismiss(as("priya"), open.id(), blame("One."), "priya");
        assertThatThrownBy(() -> dismissals.dismiss(as("priya"), open.id(), blame("Two."), "priya"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already dismissed (dismissal 1, by priya)");
        dismissals.reinstate(as("priya"), open.id(), 1, "priya");

        Dismissal again = dismissals.dismiss(as("priya"), open.id(), blame("Three."), "priya");
        Dismissal whole = dismissals.dismiss(as("priya"), open.id(), new FindingDismissals.Request(
                "completeness.no-action-items", "actionItems", null, "Tracked in the vendor's review."), "priya");

        assertThat(again.number()).isEqualTo(2);
        assertThat(whole.number()).isEqualTo(3);
        assertThat(shown(open)).isEmpty();
        List<Dismissal> inTransaction = store.database().jdbi().inTransaction(h -> FindingDismissals.of(h, open.id()));
        assertThat(inTransaction).extracting(Dismissal::standing).containsExactly(false, true, true);
    }

    @Test
    void aDismissalMustNameAFindingTheRecordHasNowUnderTheOrganisationsSettings() {
        assertThatThrownBy(() -> dismissals.dismiss(as("priya"), open.id(), new FindingDismissals.Request(
                "blame.person-failed", "analysis.summary", "Marco forgot the certificate.", "No."), "priya"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("excerpt: the record has no "
                        + "blame.person-failed finding on analysis.summary with this excerpt now");
        settings.save(0, LintSettings.fromJson("{\"rules\": {\"blame.person-failed\": \"off\"}}"), "ada");

        assertThatThrownBy(() -> dismissals.dismiss(as("priya"), open.id(), blame("Off anyway."), "priya"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("the record has no blame.person-failed");
        assertThat(dismissals.of(open.id())).isEmpty();
    }

    @Test
    void aDismissalWithoutAReasonOrWithAnUnknownRuleIsRefusedNamingEachField() {
        InvalidInput e = (InvalidInput) org.assertj.core.api.Assertions.catchThrowable(() -> dismissals.dismiss(
                as("priya"), open.id(), new FindingDismissals.Request("blame.made-up", "", "x".repeat(2_001), "  "),
                "priya"));

        assertThat(e.problems()).extracting(dev.hindsight.kernel.FieldProblem::field)
                .containsExactly("rule", "field", "excerpt", "reason");
        assertThatThrownBy(() -> dismissals.dismiss(as("priya"), open.id(), blame("r".repeat(1_001)), "priya"))
                .hasMessageContaining("reason: is 1001 characters; at most 1000");
        assertThat(dismissals.of(open.id())).isEmpty();
    }

    @Test
    void aRestrictedIncidentIsNotFoundForWhoeverItDoesNotNameAndTheyChangeNothing() {
        Dismissal made = dismissals.dismiss(as("priya"), restricted.id(), blame("Vendor's system."), "priya");

        assertThatThrownBy(() -> dismissals.list(as("omar"), restricted.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> dismissals.reinstate(as("omar"), restricted.id(), made.number(), "omar"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> dismissals.dismiss(as("omar"), restricted.id(), new FindingDismissals.Request(
                "completeness.no-action-items", "actionItems", "", "Mine."), "omar")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> dismissals.list(as("omar"), "INC-2026-9999")).isInstanceOf(NotFound.class);
        assertThat(dismissals.list(as("priya"), restricted.id())).containsExactly(made);
    }

    @Test
    void whatCountsFindingsIsToldOfEachChangeInItsTransactionAndAFailureThereSavesNothing() {
        List<String> seen = new java.util.ArrayList<>();
        FindingDismissals counted = dismissals.whenChanged((h, id) -> seen.add(id + ": "
                + FindingDismissals.of(h, id).stream().filter(Dismissal::standing).count() + " standing"));
        FindingDismissals failing = dismissals.whenChanged((h, id) -> {
            throw new IllegalStateException("the count could not be written");
        });

        counted.dismiss(as("priya"), open.id(), blame("Bot."), "priya");
        counted.reinstate(as("priya"), open.id(), 1, "priya");

        assertThat(seen).containsExactly(open.id() + ": 1 standing", open.id() + ": 0 standing");
        assertThatThrownBy(() -> failing.dismiss(as("priya"), open.id(), blame("Bot."), "priya"))
                .hasMessageContaining("the count could not be written");
        assertThat(dismissals.of(open.id())).hasSize(1);
    }
}
