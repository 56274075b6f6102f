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
    void aSeverityOnAnotherScaleIsNotWeighedByTheSevSeedsWords() {
        SeverityForImpact criticality = new SeverityForImpact(SeverityScale.CRITICALITY);
        PostMortem record = ReviewRecords.draft("Checkout 502s").toBuilder().severity(new Severity(2, "High"))
                .impact(usersSawErrors("HTTP 502")).build();

        assertThat(criticality.check(record)).isEmpty();
        assertThat(rule.check(record)).isEmpty();
    }
}
