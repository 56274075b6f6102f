package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Action items as the fourth set of unseen documents writes them: under topics ("Autoscaling") with owner and due
 * date after dashes, and with the day an item was done in the due column (imports/unseen-documents-4).
 */
class ActionTopicsAndDoneDatesTest {

    private List<ActionItem> items(String document) {
        return new DocumentImporter(Conventions.defaults()).read(document.getBytes(StandardCharsets.UTF_8), null)
                .record().actionItems();
    }

    @Test
    void itemsUnderATopicAreItemsAndTheirOwnerAndDueDateFollowDashes() {
        List<ActionItem> items = items("""
                # Transcoding backlog

                Date: 9 March 2026

                ## Action items

                - Autoscaling
                  - Raise transcoding node cap \u2014 owner: Gabriel Ionescu \u2014 due 2026-03-20
                  - Alert when an autoscaler is at its max \u2014 owner: @media-infra \u2014 due end of April
                - Observability
                  - Dashboard panel showing the configured max \u2014 owner: Hana Kim \u2014 due next sprint
                """);

        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate).containsExactly(
                tuple("Raise transcoding node cap", "Gabriel Ionescu", LocalDate.of(2026, 3, 20)),
                tuple("Alert when an autoscaler is at its max", "@media-infra", LocalDate.of(2026, 4, 30)),
                tuple("Dashboard panel showing the configured max", "Hana Kim", null));
        assertThat(items.get(2).description()).contains("next sprint");
    }

    @Test
    void anItemWithItsFieldsNestedUnderItIsOneItemNotATopic() {
        List<ActionItem> items = items("""
                # Forum outage

                ## Follow-up actions

                1. **Contract a second provider**
                   - **Description:** Compare two providers on price; owner Beatriz Lopes.
                """);

        assertThat(items).singleElement().satisfies(i -> assertThat(i.owner()).isEqualTo("Beatriz Lopes"));
    }

    @Test
    void theDayAnItemWasDoneInItsDueColumnIsNoDueDate() {
        List<ActionItem> items = items("""
                # Lifecycle rule deleted objects

                ## Action items

                | # | Action | Owner | Due |
                |---|---|---|---|
                | 1 | Enable versioning on customer buckets | @storage | 2026-07-03 |
                | 2 | Issue service credits to affected accounts | @finance-ops | done 2026-06-26 |
                | 3 | Review the retention policy | Carmen Diaz | Done: 3 of 5 steps |
                """);

        assertThat(items).extracting(ActionItem::dueDate, ActionItem::status).containsExactly(
                tuple(LocalDate.of(2026, 7, 3), ActionStatus.OPEN),
                tuple(null, ActionStatus.DONE),
                tuple(null, ActionStatus.OPEN));
        assertThat(items.get(1).description()).contains("Done: 2026-06-26");
    }
}
