package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.severity.SeverityScale;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The digest the kept counts are counted under changes with each part of the conventions the review assistant reads,
 * and with nothing else: not with the order a configuration's targets were written in, nor with conventions no rule
 * reads.
 */
class FindingConventionsTest {

    private static final String SEED = FindingConventions.fingerprint(Conventions.defaults());

    @Test
    void equalConventionsHaveEqualDigestsWhateverOrderTheirTargetsWereWrittenIn() {
        Map<Metric, Duration> one = new LinkedHashMap<>();
        one.put(Metric.TIME_TO_DETECT, Duration.ofMinutes(5));
        one.put(Metric.TIME_TO_MITIGATE, Duration.ofMinutes(30));
        Map<Metric, Duration> other = new LinkedHashMap<>();
        other.put(Metric.TIME_TO_MITIGATE, Duration.ofMinutes(30));
        other.put(Metric.TIME_TO_DETECT, Duration.ofMinutes(5));

        assertThat(FindingConventions.fingerprint(Conventions.defaults().withTargets(new ResponseTargets(
                Map.of(0, one, 1, Map.of(Metric.TIME_TO_RESOLVE, Duration.ofHours(4)))))))
                .isEqualTo(FindingConventions.fingerprint(Conventions.defaults().withTargets(new ResponseTargets(
                        Map.of(1, Map.of(Metric.TIME_TO_RESOLVE, Duration.ofHours(4)), 0, other)))));
        assertThat(FindingConventions.fingerprint(Conventions.defaults())).isEqualTo(SEED).hasSize(64);
    }

    @Test
    void eachPartTheRulesReadChangesTheDigest() {
        Conventions seed = Conventions.defaults();
        assertThat(FindingConventions.fingerprint(seed.withSeverityScale(SeverityScale.SEV_FOUR))).isNotEqualTo(SEED);
        assertThat(FindingConventions.fingerprint(seed.withTargets(ResponseTargets.parse("timeToDetect PT10M"))))
                .isNotEqualTo(SEED);
        assertThat(FindingConventions.fingerprint(seed.withFollowThrough(
                ActionPolicy.preset("horizon-days").orElseThrow(), seed.approvalPolicy(), seed.reviewCadence())))
                .isNotEqualTo(SEED);
        assertThat(FindingConventions.fingerprint(seed.withTimeZone(ZoneId.of("Europe/Berlin")))).isNotEqualTo(SEED);
    }

    @Test
    void conventionsNoRuleReadsLeaveTheDigestAlone() {
        Conventions seed = Conventions.defaults();
        Conventions otherRoles = new Conventions(seed.severityScale(), seed.discoveryMethods(),
                java.util.List.of("Incident Commander"), seed.disciplines(), seed.serviceCatalogue(),
                seed.blastRadiusMeasures(), seed.targets(), seed.timeZone(), seed.actionPolicy(),
                seed.approvalPolicy(), seed.reviewCadence(), seed.knowledgeSharing());

        assertThat(FindingConventions.fingerprint(otherRoles)).isEqualTo(SEED);
    }
}
