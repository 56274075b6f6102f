package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import org.junit.jupiter.api.Test;

/** The response times a line of prose states. */
class ProseDurationsTest {

    @Test
    void aDurationTheProseGoesOnToAddToIsOnePartOfTheOutageNotItsLength() {
        assertThat(ProseDurations.in("Uploads fully unavailable for 3 hours 12 minutes, then degraded for a further "
                + "40 minutes.")).isEmpty();
        assertThat(ProseDurations.in("The mail relay was offline for 25 minutes and queued for another 2 hours."))
                .isEmpty();
        assertThat(ProseDurations.in("Uploads were down for 3 hours, read-only for another hour, for a total of "
                + "4 hours.")).containsExactly(new ReportedTime(Metric.TOTAL_DURATION, 240L, "4 hours"));
    }

    @Test
    void aFurtherStretchWithNoDurationOfItsOwnLeavesTheDurationBeforeIt() {
        assertThat(ProseDurations.in("Search was down for 66 minutes while we waited for another team."))
                .containsExactly(new ReportedTime(Metric.TOTAL_DURATION, 66L, "66 minutes"));
    }

    @Test
    void detectionAndMitigationAreReadBesideADurationThatIsOnlyAPart() {
        assertThat(ProseDurations.in("Offline for 2 hours, degraded for a further 30 minutes; we detected it within "
                + "5 minutes.")).containsExactly(new ReportedTime(Metric.TIME_TO_DETECT, 5L, "5 minutes"));
    }
}
