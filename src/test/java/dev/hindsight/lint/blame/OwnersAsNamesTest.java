package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record's owners are names in its prose only where they are a person's: of "Kai and the pump house crew" only
 * Kai, of a team, a department or a support tier nobody (imports/unseen-documents-7's memo: "The" taken for a person
 * made a sentence about a controller blame someone).
 */
class OwnersAsNamesTest {

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn().with(List.of("Kai and the pump house crew",
            "Platform team", "Change Management", "HR Systems - L3", "@leilani", "Ngozi van Dijk", "Bartholomew", "Tamsinn Reyes (SRE)",
            "Joaquina Smithers - on-call", "priyanka.shahr")));

    @Test
    void wordsOfAGroupOwningAnItemAreNoPeople() {
        assertThat(check.blames("The controller should have retried the close commands.")).isFalse();
        assertThat(check.blames("Change should have been reviewed by a second approver.")).isFalse();
        assertThat(check.blames("Systems should have refused the second run.")).isFalse();
    }

    @Test
    void thePeopleAmongTheOwnersArePeople() {
        assertThat(check.blames("Kai should have checked the valves before leaving.")).isTrue();
        assertThat(check.blames("Leilani ignored the alert.")).isTrue();
        assertThat(check.blames("Dijk ignored the alert.")).isTrue();
        assertThat(check.blames("Bartholomew ignored the alert.")).isTrue();
        // An aside beside the name, or a handle without its "@", still gives the name.
        assertThat(check.blames("Tamsinn should have checked the flags.")).isTrue();
        assertThat(check.blames("Joaquina ignored the alert.")).isTrue();
        assertThat(check.blames("Priyanka ignored the alert.")).isTrue();
    }
}
