package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A timeline written with no heading over it, as a plain-text ops log keeps one. */
class SectionFieldsTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    @Test
    void anOpsLogsElapsedLinesCountFromTheLineThatOpenedTheLog() {
        PostMortem record = read("""
                OPS LOG - queue broker disk full, cluster eu-west-4
                Ticket: OPS-4417          Priority: P3
                Log opened: Tue 3 Mar 2026 08:10 UTC
                Log keeper: Ines Duarte

                +00:00  Broker node 2 reports disk at 91%.
                +00:09  Publishes to the orders queue start failing on node 2.
                        Producers retry against node 1.
                +00:14  Alert BrokerDiskHigh pages Ines.
                +01:02  Old segments deleted; publishes succeed again. Incident resolved.

                FOLLOW-UPS
                [ ] Alert on disk at 80%, not 90% - Ines Duarte - 2026-03-20
                """);

        assertThat(record.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-03-03T08:10:00Z"), Instant.parse("2026-03-03T08:19:00Z"),
                Instant.parse("2026-03-03T08:24:00Z"), Instant.parse("2026-03-03T09:12:00Z"));
        assertThat(record.timeline().events().get(1).details()).containsExactly("Producers retry against node 1.");
    }

    @Test
    void aParagraphWithATimeOrTwoAmongItsLinesIsProseNotALog() {
        PostMortem record = read("""
                Queue broker disk full

                Date: 3 March 2026 (all times UTC)

                08:10 was when the broker first reported its disk at 91%, and nobody was
                watching the broker dashboard that morning because the usual reviewer was away
                at the quarterly planning meeting, so the warning went unread until the
                publishes began to fail and the producers' retries filled their own buffers.
                """);

        assertThat(record.timeline().events()).isEmpty();
        assertThat(record.analysis().summary()).contains("08:10 was when the broker");
    }

    private PostMortem read(String text) {
        return importer.read(text.getBytes(StandardCharsets.UTF_8), null).record();
    }
}
