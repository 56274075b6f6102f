package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.blocks.Lines;
import org.junit.jupiter.api.Test;

/** Follow-up work a post-mortem written as paragraphs announces in one of them. */
class ProseActionsTest {

    @Test
    void eachNamedPersonsWillAfterTheAnnouncementIsAnActionTheyOwn() {
        var blocks = AnalysisBlocks.from(10)
                .paragraph("The backups had been failing quietly since the disk filled up.")
                .paragraph("We'll make a few changes after this. Priya will add a size check to the backup job.\n"
                        + "The restore drill was useful. Marco Bianchi will page the storage on-call when a\n"
                        + "backup is older than a day.")
                .blocks();
        var log = new ImportLog();

        var items = ProseActions.read(blocks, log);

        assertThat(items).extracting(Sourced::value).extracting(ActionItem::title, ActionItem::owner).containsExactly(
                tuple("Add a size check to the backup job", "Priya"),
                tuple("Page the storage on-call when a backup is older than a day", "Marco Bianchi"));
        assertThat(items).extracting(Sourced::lines).containsExactly(Lines.of(12), new Lines(13, 14));
        assertThat(log.guesses()).singleElement().satisfies(g -> assertThat(g.what()).contains("2 action items"));
    }

    @Test
    void aSentenceInWhichTheWritersTakeOnMoreWorkAfterLabelledNextStepsIsAnItemOwnedByNoOne() {
        var time = new TimeContext(java.time.LocalDate.of(2026, 3, 3), null, null, null,
                new TimeContext.Origin("the title", null), null, null);
        var blocks = AnalysisBlocks.from(12)
                .paragraph("Next steps: Wes will add a health check on the balance endpoint by March 13th. We'll "
                        + "also ask the\nvendor to send change notices to the IT on-call address. We thank the "
                        + "vendor for the quick fix.")
                .blocks();

        var items = ProseActions.read(blocks, time, new ImportLog());

        assertThat(items).extracting(Sourced::value).extracting(ActionItem::title, ActionItem::owner,
                ActionItem::dueDate).containsExactly(
                tuple("Add a health check on the balance endpoint", "Wes", java.time.LocalDate.of(2026, 3, 13)),
                tuple("Ask the vendor to send change notices to the IT on-call address", "", null));
    }

    @Test
    void whenTheAnnouncementCountsTheWorkEverySentenceAfterItIsAnItemOwnedOrNot() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("We are taking two steps. Ines will rotate the webhook secret yearly. And the runbook "
                        + "gets a section on replaying webhooks.")
                .blocks();

        assertThat(ProseActions.read(blocks, new ImportLog())).extracting(Sourced::value)
                .extracting(ActionItem::title, ActionItem::owner).containsExactly(
                        tuple("Rotate the webhook secret yearly", "Ines"),
                        tuple("The runbook gets a section on replaying webhooks", ""));
    }

    @Test
    void aWillInAParagraphThatAnnouncesNoFollowUpWorkIsNoActionItem() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("Priya will remember this one. We will be more careful with disks.")
                .paragraph("We are doing three things about it. We will talk about it at the next review.")
                .item("We are doing two things. Priya will add a size check.")
                .blocks();

        assertThat(ProseActions.read(blocks, new ImportLog())).isEmpty();
    }
}
