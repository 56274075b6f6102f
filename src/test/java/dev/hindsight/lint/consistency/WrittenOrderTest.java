package dev.hindsight.lint.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.Imported;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenOrderTest {

    private static final String STARTED = "- **2026-03-08 01:40 UTC** - The certificate expired and checkout began returning 502s.\n";
    private static final String PAGED = "- **2026-03-08 01:44 UTC** - The error-rate alert paged the on-call engineer.\n";
    private static final String DEPLOYED = "- **2026-03-08 01:30 UTC** - A config deploy removed the intermediate certificate.\n";
    private static final String RECOVERED = "- **2026-03-08 02:18 UTC** - The full chain was deployed and checkout recovered.\n";

    private static List<Finding> check(String... entries) {
        String document = "# Checkout returned 502s after a certificate change\n\n## Timeline\n\n"
                + String.join("", entries) + "\n## Action items\n\n- [ ] Alert on certificate chains (owner: priya, "
                + "due 2026-03-20)\n";
        Imported imported = new DocumentImporter(Conventions.defaults()).read(document, null);
        return WrittenOrder.check(imported.record(), imported.report());
    }

    @Test
    void anEntryWrittenAmongLaterOnesIsOutOfOrder() {
        List<Finding> found = check(STARTED, PAGED, DEPLOYED, RECOVERED);

        assertThat(found).extracting(Finding::rule, Finding::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("consistency.timeline-order",
                        FindingLevel.WARNING));
        assertThat(found.get(0).why()).contains("2026-03-08 01:30 UTC").contains("is written after")
                .contains("2026-03-08 01:40 UTC");
        assertThat(found.get(0).field()).isEqualTo("timeline[0]");
    }

    @Test
    void aTimelineWrittenInOrderIsFine() {
        assertThat(check(DEPLOYED, STARTED, PAGED, RECOVERED)).isEmpty();
    }

    @Test
    void aTimelineWrittenNewestFirstAsStatusPagesDoIsAWayOfWritingNotAMistake() {
        assertThat(check(RECOVERED, PAGED, STARTED, DEPLOYED)).isEmpty();
        assertThat(check(RECOVERED, STARTED, PAGED, DEPLOYED)).hasSize(1);
    }
}
