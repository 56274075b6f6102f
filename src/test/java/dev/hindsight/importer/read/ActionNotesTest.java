package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.Accounting.assertEveryLineAccountedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes written after an action's dash: its owner, when it is due or was done, what the owner is doing. */
class ActionNotesTest {

    private final ImportLog log = new ImportLog();

    @Test
    void aDoneDateAndAnOwnersBracketedNoteAfterTheDashAreReadNotLeftInTheTitle() {
        var doc = new HandWritten().heading(2, "Follow-ups")
                .task(true, "Refund the 40 duplicate orders. — @mina.k, done 2025-03-04")
                .task(false, "Ask the vendor to document the default. — @joel (raising with the tools team), "
                        + "2025-03-20")
                .task(true, "Disable the stale schedule. — @mina.k, done 03:58");

        List<Sourced<ActionItem>> read = ActionItemReader.read(doc.blocks(), log);
        assertEveryLineAccountedFor(doc.blocks(), read, log);

        assertThat(read).extracting(Sourced::value).extracting(ActionItem::title, ActionItem::owner,
                ActionItem::status, ActionItem::dueDate, ActionItem::description).containsExactly(
                tuple("Refund the 40 duplicate orders.", "@mina.k", ActionStatus.DONE, null, "Done: 2025-03-04"),
                tuple("Ask the vendor to document the default.", "@joel", ActionStatus.OPEN,
                        LocalDate.of(2025, 3, 20), "raising with the tools team"),
                tuple("Disable the stale schedule.", "@mina.k", ActionStatus.DONE, null, "Done: 03:58"));
    }

    @Test
    void aHandleWithADueOrDoneDateInBracketsGivesTheOwnerAndTheDate() {
        var doc = new HandWritten().heading(2, "follow-ups")
                .task(false, "deploy script: zone check always on (@jb, by 2026-06-26)")
                .task(true, "runbook: cache flush steps (@nadia.r, done 06-23)");

        List<Sourced<ActionItem>> read = ActionItemReader.read(doc.blocks(), log);
        assertEveryLineAccountedFor(doc.blocks(), read, log);

        assertThat(read).extracting(Sourced::value).extracting(ActionItem::title, ActionItem::owner,
                ActionItem::status, ActionItem::dueDate, ActionItem::description).containsExactly(
                tuple("deploy script: zone check always on", "@jb", ActionStatus.OPEN, LocalDate.of(2026, 6, 26), ""),
                tuple("runbook: cache flush steps", "@nadia.r", ActionStatus.DONE, null, "Done: 06-23"));
    }

    @Test
    void howFirmlyAnItemIsMeantBetweenItsDashesIsNoOwner() {
        var doc = new HandWritten().heading(2, "Follow-ups")
                .task(false, "Shard the replay queue by tenant — stretch goal — Q4")
                .task(false, "Split the nightly export into two jobs - Best Effort")
                .task(false, "Alert on reconciliation drift — data platform — Q3");

        List<Sourced<ActionItem>> read = ActionItemReader.read(doc.blocks(), log);
        assertEveryLineAccountedFor(doc.blocks(), read, log);

        assertThat(read).extracting(Sourced::value).extracting(ActionItem::title, ActionItem::owner).containsExactly(
                tuple("Shard the replay queue by tenant — stretch goal", ""),
                tuple("Split the nightly export into two jobs - Best Effort", ""),
                tuple("Alert on reconciliation drift", "data platform"));
    }

    @Test
    void aNameWithAParticleAfterTheDashIsTheOwnerAndAFinishedDateIsWhenItWasDone() {
        var doc = new HandWritten().heading(2, "Follow-ups")
                .task(false, "Rotate the signing keys before they lapse — Ana del Rio")
                .task(true, "Refund the 40 duplicate orders. — @mina.k, finished 2025-03-04");

        List<Sourced<ActionItem>> read = ActionItemReader.read(doc.blocks(), log);

        assertThat(read).extracting(Sourced::value).extracting(ActionItem::title, ActionItem::owner,
                ActionItem::status, ActionItem::description).containsExactly(
                tuple("Rotate the signing keys before they lapse", "Ana del Rio", ActionStatus.OPEN, ""),
                tuple("Refund the 40 duplicate orders.", "@mina.k", ActionStatus.DONE, "Done: 2025-03-04"));
    }
}
