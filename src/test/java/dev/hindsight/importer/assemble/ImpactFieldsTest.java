package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The times an impact section's prose states, against the figures other sections state under a label. */
class ImpactFieldsTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    @Test
    void aDurationLabelledInTheSummaryWinsOverOneInTheImpactProse() {
        PostMortem record = read("""
                # Post-mortem: Ticket queue stalled - 12 March 2025

                ## 1. Summary

                - **Started (UTC):** 12 March 2025, 10:05
                - **Duration:** 2 hours 45 minutes until every queued ticket was delivered

                ## 2. Impact

                - Ticket submissions were unavailable for 1 hour 30 minutes.
                - Support agents took requests by phone in the meantime.
                """);

        assertThat(record.reportedTimes()).extracting(ReportedTime::metric, ReportedTime::minutes,
                ReportedTime::asWritten).containsExactly(
                tuple(Metric.TOTAL_DURATION, 165L, "2 hours 45 minutes"));
        assertThat(record.impact().summary()).contains("unavailable for 1 hour 30 minutes", "by phone");
    }

    @Test
    void theImpactProseGivesTheDurationWhenNoLabelDoes() {
        PostMortem record = read("""
                # Post-mortem: Ticket queue stalled - 12 March 2025

                ## 1. Summary

                - **Started (UTC):** 12 March 2025, 10:05

                ## 2. Impact

                - Ticket submissions were unavailable for 1 hour 30 minutes.
                """);

        assertThat(record.reportedTimes())
                .containsExactly(new ReportedTime(Metric.TOTAL_DURATION, 90L, "1 hour 30 minutes"));
    }

    private PostMortem read(String markdown) {
        return importer.read(markdown.getBytes(StandardCharsets.UTF_8), null).record();
    }
}
