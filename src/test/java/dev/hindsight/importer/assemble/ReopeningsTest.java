package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two related incidents reported as one: the review's incident ends where the second one was resolved. */
class ReopeningsTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    @Test
    void anIncidentThatCameBackIsResolvedAtItsLastResolution() {
        PostMortem record = read("""
                # Invoice sync: two incidents, one review

                **Severity:** SEV2
                **Times:** UTC

                ## Incident 1 — invoices sent without tax lines (Tue 3 Mar 2026)

                | Time | Event |
                |---|---|
                | 09:10 | Sync job deploy with the new tax mapper begins |
                | 09:24 | Alert fires: invoices with a zero tax total |
                | 10:05 | Old mapper restored. Resolved |

                ## Incident 2 — invoices sent twice (Wed 4 Mar 2026)

                | Time | Event |
                |---|---|
                | 08:40 | Sync job replays the day before's batch |
                | 08:52 | Duplicate invoice alert fires |
                | 09:30 | Duplicates voided and customers told. Resolved |
                """);

        assertThat(record.detectedAt()).contains(Instant.parse("2026-03-03T09:24:00Z"));
        assertThat(record.resolvedAt()).contains(Instant.parse("2026-03-04T09:30:00Z"));
    }

    @Test
    void aSecondResolutionWithNoNewDetectionLeavesTheFirst() {
        PostMortem record = read("""
                # Invoice sync sent invoices without tax lines

                **Severity:** SEV2
                **Times:** UTC

                ## Timeline (Tue 3 Mar 2026)

                | Time | Event |
                |---|---|
                | 09:10 | Sync job deploy with the new tax mapper begins |
                | 09:24 | Alert fires: invoices with a zero tax total |
                | 10:05 | Old mapper restored. Resolved |

                ## Clean-up (Wed 4 Mar 2026)

                | Time | Event |
                |---|---|
                | 08:40 | Corrected invoices re-sent to the 212 customers |
                | 09:30 | Last customer query answered; clean-up resolved |
                """);

        assertThat(record.timeline().events()).filteredOn(e -> e.kind() == EventKind.RESOLVED)
                .extracting(TimelineEvent::at).as("both sections say resolved")
                .containsExactly(Instant.parse("2026-03-03T10:05:00Z"), Instant.parse("2026-03-04T09:30:00Z"));
        assertThat(record.resolvedAt()).contains(Instant.parse("2026-03-03T10:05:00Z"));
    }

    private PostMortem read(String text) {
        return importer.read(text.getBytes(StandardCharsets.UTF_8), null).record();
    }
}
