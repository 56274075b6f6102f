package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A severity named in a sentence that grades the incident with it. */
class SeverityMentionTest {

    @Test
    void aPriorityTheIncidentWasLoggedOrTreatedAsGradesIt() {
        assertThat(StatedSeverity.MENTION.matcher("It was logged as P3 at the time.").find()).isTrue();
        assertThat(StatedSeverity.MENTION.matcher("We treated this as a P2 from the start.").find()).isTrue();
        assertThat(StatedSeverity.MENTION.matcher("Finance opened a P2 ticket with the bank.").find()).isFalse();
    }
}
