package dev.hindsight.lint.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.YesNo;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import dev.hindsight.severity.Severity;
import dev.hindsight.severity.SeverityScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeverityForImpactTest {

    private final SeverityForImpact rule = new SeverityForImpact(SeverityScale.SEV_LEVELS);

    private static PostMortem at(int level, Impact impact) {
        return ReviewRecords.draft("Checkout 502s").toBuilder().severity(SeverityScale.SEV_LEVELS.severity(level))
                .impact(impact).build();
    }

    private static Impact usersSawErrors(String errors) {
        return Impact.builder().summary("Checkout failed for 38 minutes.").userFacingErrors(errors).build();
    }

    @Test
    void userVisibleProductionImpactAtLevelTwoAsksForLevelOne() {
        List<Finding> found = rule.check(at(2, usersSawErrors("HTTP 502 on the payment page")));

        assertThat(found).extracting(Finding::rule, Finding::level, Finding::field).containsExactly(
                tuple("consistency.severity-below-impact", FindingLevel.WARNING, "severity"));
        assertThat(found.get(0).why()).contains("user-facing errors").contains("level 1");
        assertThat(found.get(0).suggestion()).contains("prefer the more impactful level");
    }

    @Test
    void usersCountedDataLostAndCustomersToldAreUserVisibleToo() {
        Impact counted = Impact.builder().users(new Impact.UsersAffected(1200L, null, "")).build();
        Impact lost = Impact.builder().dataLoss(new YesNo(true, "40 orders")).build();

        assertThat(rule.check(at(2, counted))).hasSize(1);
        assertThat(rule.check(at(3, lost))).hasSize(1);
    }

    @Test
    void levelOneOrAnImpactThatSaysNoneIsLeftAlone() {
        assertThat(rule.check(at(1, usersSawErrors("HTTP 502")))).isEmpty();
        assertThat(rule.check(at(2, usersSawErrors("None")))).isEmpty();
    }

    @Test
    void userVisibleImpactInALowerEnvironmentIsLevelTwoAsTheSeedSays() {
        Impact staging = Impact.builder().summary("Staging checkout failed for an hour.")
                .userFacingErrors("QA testers saw 502s").build();

        assertThat(rule.check(at(2, staging))).isEmpty();
    }

    @Test
    void productionImpactNobodySawAtTheInformationalLevelAsksForLevelTwo() {
        Impact internal = Impact.builder().summary("Nightly reports ran six hours late.")
                .services(List.of("Reporting")).build();

        assertThat(rule.check(at(3, internal))).extracting(Finding::why)
                .singleElement().asString().contains("level 2");
        assertThat(rule.check(at(2, internal))).isEmpty();
    }

    @Test
    void aWrittenSeverityAssessmentIsTheTeamsReasonedChoice() {
        PostMortem record = at(2, usersSawErrors("HTTP 502")).toBuilder()
                .severityAssessment("Three test accounts only; no customer could reach the page.").build();

        assertThat(rule.check(record)).isEmpty();
    }

    @Test
    void anAssessmentThatOnlyNamesTheLevelIsNoReasonedChoice() {
        PostMortem glossed = at(2, usersSawErrors("HTTP 502")).toBuilder().severityAssessment("Major Incident").build();
        PostMortem coded = at(2, usersSawErrors("HTTP 502")).toBuilder().severityAssessment("SEV2 - high").build();
        PostMortem reasoned = at(2, usersSawErrors("HTTP 502")).toBuilder()
                .severityAssessment("Major, but only one region").build();

        assertThat(rule.check(glossed)).hasSize(1);
        assertThat(rule.check(coded)).hasSize(1);
        assertThat(rule.check(reasoned)).isEmpty();
        assertThat(SeverityForImpact.reasoned("declared on one ticket")).isTrue();
        assertThat(SeverityForImpact.reasoned("P1 (Major Incident)")).isFalse();
    }

    private static PostMortem on(SeverityScale scale, int level, Impact impact) {
        return ReviewRecords.draft("Checkout 502s").toBuilder().severity(scale.severity(level)).impact(impact).build();
    }

    private static final Impact INTERNAL = Impact.builder().summary("Nightly reports ran six hours late.")
            .services(List.of("Reporting")).build();

    @Test
    void everyScaleHindsightKnowsHasARowWithAReasonForEachImpact() {
        assertThat(SeverityForImpact.table().keySet()).containsExactlyInAnyOrderElementsOf(
                SeverityScale.presets().stream().map(SeverityScale::name).toList());
        assertThat(SeverityForImpact.table().values()).allSatisfy(row -> {
            assertThat(row.userVisible().why()).isNotBlank();
            assertThat(row.nonUserVisible().why()).isNotBlank();
            assertThat(row.userVisible().level()).isLessThanOrEqualTo(row.nonUserVisible().level());
        });
    }

    @Test
    void onTheThreeLevelSevScaleUsersSeeingItAsksForSevTwoAndProductionImpactAloneForNothingMore() {
        SeverityForImpact sevThree = new SeverityForImpact(SeverityScale.SEV_THREE);

        List<Finding> found = sevThree.check(on(SeverityScale.SEV_THREE, 3, usersSawErrors("HTTP 502")));

        assertThat(found).extracting(Finding::why).singleElement().asString()
                .contains("users saw it (user-facing errors)").contains("sev1-3 scale rates as SEV2");
        assertThat(found.get(0).suggestion()).startsWith("Raise the severity to SEV2");
        assertThat(sevThree.check(on(SeverityScale.SEV_THREE, 2, usersSawErrors("HTTP 502")))).isEmpty();
        assertThat(sevThree.check(on(SeverityScale.SEV_THREE, 3, INTERNAL))).isEmpty();
    }

    @Test
    void onTheFourLevelSevScaleUsersAskForSevThreeAndDataLostForSevOne() {
        SeverityForImpact sevFour = new SeverityForImpact(SeverityScale.SEV_FOUR);
        Impact failed = Impact.builder().summary("Checkout failed.").failedRequests(4_200L).build();
        Impact lost = Impact.builder().summary("Orders were dropped.").dataLoss(new YesNo(true, "40 orders")).build();

        assertThat(sevFour.check(on(SeverityScale.SEV_FOUR, 4, failed))).extracting(Finding::why).singleElement()
                .asString().contains("failed requests").contains("SEV-3 (Minor: partial degradation");
        assertThat(sevFour.check(on(SeverityScale.SEV_FOUR, 3, failed))).isEmpty();
        assertThat(sevFour.check(on(SeverityScale.SEV_FOUR, 2, lost))).extracting(Finding::why).singleElement()
                .asString().contains("data was lost").contains("SEV-1 (Critical: complete outage or data loss)");
        assertThat(sevFour.check(on(SeverityScale.SEV_FOUR, 1, lost))).isEmpty();
        assertThat(sevFour.check(on(SeverityScale.SEV_FOUR, 4, INTERNAL))).as("internal only is SEV-4").isEmpty();
    }

    @Test
    void onTheCriticalityScaleUsersSeeingItAsksForMediumAndHighIsEnough() {
        SeverityForImpact criticality = new SeverityForImpact(SeverityScale.CRITICALITY);

        assertThat(criticality.check(on(SeverityScale.CRITICALITY, 4, usersSawErrors("HTTP 502"))))
                .extracting(Finding::why).singleElement().asString().contains("rates as Medium");
        assertThat(criticality.check(on(SeverityScale.CRITICALITY, 2, usersSawErrors("HTTP 502")))).isEmpty();
        assertThat(criticality.check(on(SeverityScale.CRITICALITY, 4, INTERNAL))).isEmpty();
    }

    @Test
    void aDocumentIsJudgedOnItsLayoutsScaleWhateverTheInstallationsScale() {
        PostMortem googleDoc = ReviewRecords.draft("Checkout 502s").toBuilder().layout("google-doc")
                .severity(new Severity(3, "SEV3")).impact(usersSawErrors("HTTP 502")).build();

        assertThat(rule.check(googleDoc)).extracting(Finding::why).singleElement().asString()
                .contains("sev1-3 scale rates as SEV2");
    }

    @Test
    void aScaleTheTableDoesNotNameIsLeftAlone() {
        SeverityScale own = new SeverityScale("our-own", List.of(new dev.hindsight.severity.SeverityLevel(1, "Red",
                "Customers hurt"), new dev.hindsight.severity.SeverityLevel(2, "Amber", "Anything else")));
        PostMortem record = ReviewRecords.draft("Checkout 502s").toBuilder().severity(own.severity(2))
                .impact(usersSawErrors("HTTP 502")).build();

        assertThat(new SeverityForImpact(own).check(record)).isEmpty();
        assertThat(rule.check(record)).as("nor weighed on the SEV seed's scale").isEmpty();
    }
}
