package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.Accounting.assertEveryLineAccountedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Action items in a table whose header row is not marked as one, as tab-separated text gives them. */
class ActionTableTest {

    private final ImportLog log = new ImportLog();

    private List<ActionItem> read(HandWritten doc) {
        List<Sourced<ActionItem>> items = ActionItemReader.read(doc.blocks(), log);
        assertEveryLineAccountedFor(doc.blocks(), items, log);
        return items.stream().map(Sourced::value).toList();
    }

    @Test
    void aFirstRowOfColumnNamesIsTheHeaderNotAnItem() {
        var items = read(new HandWritten().heading(2, "Action items")
                .row("Action", "Owner", "Due", "Ticket")
                .row("Weight failed attempts more heavily", "Hyun-woo Cho", "2026-10-09", "ID-1187")
                .row("Alert on a blocked IP whose attempts mostly succeed", "Samuel Osei", "2026-10-02", "ID-1188"));

        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate, ActionItem::ticket)
                .containsExactly(
                        tuple("Weight failed attempts more heavily", "Hyun-woo Cho", LocalDate.of(2026, 10, 9),
                                "ID-1187"),
                        tuple("Alert on a blocked IP whose attempts mostly succeed", "Samuel Osei",
                                LocalDate.of(2026, 10, 2), "ID-1188"));
    }

    @Test
    void aFirstRowWithAnyCellNotAColumnsNameIsAnItem() {
        var items = read(new HandWritten().heading(2, "Action items")
                .row("Review the owner list", "Owner")
                .row("Page the due team", "Due"));

        assertThat(items).extracting(ActionItem::title).containsExactly("Review the owner list", "Page the due team");
    }
}
