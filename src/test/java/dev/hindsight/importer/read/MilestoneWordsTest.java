package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.timeline.EventKind;
import org.junit.jupiter.api.Test;

class MilestoneWordsTest {

    @Test
    void aServiceRestoredInAnyTenseIsTheResolution() {
        assertThat(MilestoneWords.of("Service is restored by switching to the backup")).isEqualTo(EventKind.RESOLVED);
        assertThat(MilestoneWords.of("Services have been restored")).isEqualTo(EventKind.RESOLVED);
        assertThat(MilestoneWords.of("Service was restored")).isEqualTo(EventKind.RESOLVED);
    }

    @Test
    void aPartRestoredIsOnlyAPartialRecovery() {
        assertThat(MilestoneWords.of("Search partially restored")).isEqualTo(EventKind.PARTIALLY_RECOVERED);
        assertThat(MilestoneWords.of("Restored the config file from git")).isEqualTo(EventKind.NOTE);
    }
}
