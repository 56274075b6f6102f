package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.Accounting.assertEveryLineAccountedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemReaderTest {

    private final ImportLog log = new ImportLog();

    private List<Sourced<ActionItem>> read(HandWritten doc) {
        List<Sourced<ActionItem>> items = ActionItemReader.read(doc.blocks(), log);
        assertEveryLineAccountedFor(doc.blocks(), items, log);
        return items;
    }

    private static List<ActionItem> values(List<Sourced<ActionItem>> items) {
        return items.stream().map(Sourced::value).toList();
    }

    @Test
    void checklistItemsAreOpenOrDoneByTheirBox() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .task(true, "Roll back the ledger-sync config")
                .task(false, "Add a canary stage for config pushes")));
        assertThat(items).extracting(ActionItem::title, ActionItem::status).containsExactly(
                tuple("Roll back the ledger-sync config", ActionStatus.DONE),
                tuple("Add a canary stage for config pushes", ActionStatus.OPEN));
    }

    @Test
    void aChecklistItemOpenedByAMentionIsItsOwnersAndAClosingDateIsItsDueDate() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .task(false, "@dreyes make tariff-sync refuse a table whose newest date is before today 2026-05-29")
                .task(false, "@here compare the row counts before the outage of 2026-06-12")
                .task(true, "@fokafor send the anomaly warning to the pager")));
        assertThat(items).extracting(ActionItem::owner, ActionItem::dueDate, ActionItem::status).containsExactly(
                tuple("@dreyes", LocalDate.of(2026, 5, 29), ActionStatus.OPEN),
                tuple("", null, ActionStatus.OPEN),
                tuple("@fokafor", null, ActionStatus.DONE));
        assertThat(items.get(0).title()).isEqualTo("make tariff-sync refuse a table whose newest date is before today");
    }

    @Test
    void aClosingAssignedToClauseNamesTheOwnerButNotWhenItNamesNoOne() {
        var items = values(read(new HandWritten().heading(2, "Actionables")
                .item("Add a check to the alias switch – T4419, assigned to Kit Bright")
                .item("Close the stale search tickets, assigned to the backlog")));
        assertThat(items).extracting(ActionItem::owner).containsExactly("Kit Bright", "");
    }

    @Test
    void aWrappedBulletIsOneItemOnOneLineWithAllItsSourceLines() {
        var items = read(new HandWritten().heading(2, "Follow-ups")
                .item("Teach the deploy tool to refuse a config\nthat drops every upstream"));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).value().title())
                .isEqualTo("Teach the deploy tool to refuse a config that drops every upstream");
        assertThat(items.get(0).lines()).isEqualTo(new Lines(2, 3));
    }

    @Test
    void nestedBulletsDescribeTheirParentInsteadOfBeingItems() {
        var items = read(new HandWritten().heading(2, "Remediation")
                .item("Rate-limit the billing-gateway retry loop")
                .item(1, "cap retries at three per request")
                .item(1, "add jitter to the backoff")
                .item("Alert on queue depth above 10k"));
        assertThat(values(items)).extracting(ActionItem::title)
                .containsExactly("Rate-limit the billing-gateway retry loop", "Alert on queue depth above 10k");
        assertThat(items.get(0).value().description())
                .isEqualTo("cap retries at three per request\nadd jitter to the backoff");
        assertThat(items.get(0).lines()).isEqualTo(new Lines(2, 4));
    }

    @Test
    void aLabelWithNestedItemsGroupsThemAndGivesThemItsPriorityWords() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .item("Short term:")
                .item(1, "Pin the resolver image @kwame")
                .item(1, "Document the rollback")
                .item("Long term:")
                .item(1, "Move DNS changes behind review")));
        assertThat(items).extracting(ActionItem::title, ActionItem::priorityLabel, ActionItem::owner).containsExactly(
                tuple("Pin the resolver image", "Short term", "@kwame"),
                tuple("Document the rollback", "Short term", ""),
                tuple("Move DNS changes behind review", "Long term", ""));
        assertThat(log.context()).extracting(ImportLog.Context::lines).contains(Lines.of(2), Lines.of(5));
    }

    @Test
    void numberedLinesWrittenAsOneParagraphAreOneItemEach() {
        var items = read(new HandWritten().heading(2, "Next steps")
                .paragraph("1. Add a synthetic check for checkout\n2. Page two people, not one\n3. Write the DNS runbook"));
        assertThat(values(items)).extracting(ActionItem::title).containsExactly(
                "Add a synthetic check for checkout", "Page two people, not one", "Write the DNS runbook");
        assertThat(items).extracting(Sourced::lines).containsExactly(Lines.of(2), Lines.of(3), Lines.of(4));
    }

    @Test
    void numberedListItemsAreItemsWithoutTheirNumbers() {
        var items = values(read(new HandWritten().heading(2, "Remediation")
                .numbered(1, "Add a synthetic check for checkout").numbered(2, "Page two people, not one")));
        assertThat(items).extracting(ActionItem::title)
                .containsExactly("Add a synthetic check for checkout", "Page two people, not one");
    }

    @Test
    void numberedParagraphsAreOneItemEach() {
        var items = values(read(new HandWritten().heading(2, "Action Items")
                .paragraph("1. Add a synthetic check for checkout").gap()
                .paragraph("2) Page two people, not one")));
        assertThat(items).extracting(ActionItem::title)
                .containsExactly("Add a synthetic check for checkout", "Page two people, not one");
    }

    @Test
    void proseUnderKindHeadingsIsOneItemPerParagraphOfThatKind() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .heading(3, "Detection")
                .paragraph("We could scan each nightly artifact with the vendor's scanner\nand alert on a verdict change.")
                .heading(3, "Process")
                .paragraph("Write down where the incident channel lives.")
                .heading(3, "Process improvements")
                .paragraph("Review DNS changes on Fridays with two people.")));
        assertThat(items).extracting(ActionItem::title, ActionItem::kind).containsExactly(
                tuple("We could scan each nightly artifact with the vendor's scanner and "
                        + "alert on a verdict change.", ActionKind.DETECTIVE),
                tuple("Write down where the incident channel lives.", ActionKind.PROCESS),
                tuple("Review DNS changes on Fridays with two people.", ActionKind.PROCESS));
    }

    @Test
    void aParagraphIntroducingTheSubsectionsIsNotAnItem() {
        var doc = new HandWritten().heading(2, "Action items")
                .paragraph("Each item below has an owner and a ticket.")
                .heading(3, "Prevention").paragraph("Validate the config schema in CI.");
        assertThat(values(read(doc))).extracting(ActionItem::title).containsExactly("Validate the config schema in CI.");
        assertThat(log.skipped()).extracting(ImportLog.Skipped::reason)
                .containsExactly("prose introducing the action items, not an item");
    }

    @Test
    void subsectionsGivenWithoutTheSectionsHeadingHaveNoIntroduction() {
        var items = values(read(new HandWritten()
                .heading(3, "Prevention").paragraph("Validate the config schema in CI.")
                .heading(3, "Detection").paragraph("Alert when a config drops every upstream.")));
        assertThat(items).extracting(ActionItem::kind).containsExactly(ActionKind.PREVENTIVE, ActionKind.DETECTIVE);
    }

    @Test
    void kindsComeOnlyFromClearHeadingWords() {
        var items = values(read(new HandWritten().heading(2, "Remediation")
                .heading(3, "Prevention").item("Validate the config schema in CI")
                .heading(3, "Monitoring").item("Graph resolver errors")
                .heading(3, "Fixes").item("Revert the MX change")
                .heading(3, "Remediation").item("Rebuild the replica")
                .heading(3, "Mitigation").item("Serve stale pages while the origin is down")
                .heading(3, "Detection and prevention").item("Add both")
                .heading(3, "Odds and ends").item("Tidy the runbook index")));
        // Mitigation is preventive by the kinds' own aliases (ActionKind), the one vocabulary the app reads kinds by
        assertThat(items).extracting(ActionItem::kind).containsExactly(ActionKind.PREVENTIVE, ActionKind.DETECTIVE,
                ActionKind.CORRECTIVE, ActionKind.CORRECTIVE, ActionKind.PREVENTIVE, null, null);
    }

    @Test
    void theSectionsOwnHeadingGivesNoKindToEveryItem() {
        var items = values(read(new HandWritten().heading(2, "Remediation").item("Add an alert")));
        assertThat(items.get(0).kind()).isNull();
    }

    @Test
    void subsectionHeadingsGiveTheirItemsAStateAndAPriorityLabelAsWritten() {
        var items = values(read(new HandWritten().heading(2, "Action Items")
                .heading(3, "Immediate Actions (Completed)").item("Restore the replica")
                .heading(3, "Short-term").item("Split the cron host")
                .heading(3, "Long-term (Q4 2025 - Q1 2026)").item("Replace the queue")
                .heading(3, "In progress").item("Backfill the lost events")
                .heading(3, "P1 (this sprint)").item("Add a second on-call")
                .heading(3, "P10").item("Rename the dashboards")));
        assertThat(items).extracting(ActionItem::status, ActionItem::priorityLabel, ActionItem::priority)
                .containsExactly(
                tuple(ActionStatus.DONE, "Immediate", null),
                tuple(ActionStatus.OPEN, "Short-term", null),
                tuple(ActionStatus.OPEN, "Long-term (Q4 2025 - Q1 2026)", null),
                tuple(ActionStatus.IN_PROGRESS, "", null),
                tuple(ActionStatus.OPEN, "P1 (this sprint)", Priority.P1),
                tuple(ActionStatus.OPEN, "", null));
    }

    @Test
    void anItemsOwnStateWinsOverItsHeadings() {
        var items = values(read(new HandWritten().heading(3, "Completed")
                .item("Rotate the keys").task(false, "Audit the old keys")));
        assertThat(items).extracting(ActionItem::status).containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
    }

    @Test
    void stateMarksAnywhereInTheTextAreReadAndRemoved() {
        var items = values(read(new HandWritten().heading(2, "Follow-ups")
                .item("✅ Restore the replica")
                .item("Rotate the keys ✔")
                .item("☑ Split the cron host")
                .item("☒ Drain the old region")
                .item("Backfill events (done)")
                .item("Patch the client (Completed)")
                .item("DONE: Purge the CDN")
                .struck("Retire the v1 endpoint")
                .item("⏳ Replace the queue")
                .item("🚧 Move the cron jobs")
                .item("Add retries - in progress")
                .item("Open a vendor case")));
        assertThat(items).extracting(ActionItem::title).containsExactly("Restore the replica", "Rotate the keys",
                "Split the cron host", "Drain the old region", "Backfill events", "Patch the client", "Purge the CDN",
                "Retire the v1 endpoint", "Replace the queue", "Move the cron jobs", "Add retries", "Open a vendor case");
        assertThat(items).extracting(ActionItem::status).containsExactly(ActionStatus.DONE, ActionStatus.DONE,
                ActionStatus.DONE, ActionStatus.DONE, ActionStatus.DONE, ActionStatus.DONE, ActionStatus.DONE,
                ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS,
                ActionStatus.OPEN);
    }

    @Test
    void aFixedByNoteMarksTheItemDoneAndKeepsTheNoteInTheDescription() {
        var item = values(read(new HandWritten().heading(2, "Follow-up")
                .paragraph("The uptime probe checks the wrong host. (fixed by adding a probe for docs.example.dev)")))
                .get(0);
        assertThat(item.title()).isEqualTo("The uptime probe checks the wrong host.");
        assertThat(item.status()).isEqualTo(ActionStatus.DONE);
        assertThat(item.description()).isEqualTo("fixed by adding a probe for docs.example.dev");
    }

    @Test
    void ownersAreReadFromHandlesLabelsDashesAndBrackets() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .item("Add a canary stage @kwame")
                .item("@li.wei: Write the rollback runbook")
                .item("Split the cron host - Owner: Priya Raman")
                .item("Move secrets to the vault (owner: Tomás Ortega)")
                .item("Replace the queue — Dana Okafor")
                .item("[Sam] Graph resolver errors")
                .item("Ask @ines to review the alert thresholds")
                .item("Ana to update the status page template")
                .item("Tell the storage team: the quota doubles")
                .item("Shard the ledger Owner: @li.wei (Platform team)")));
        assertThat(items).extracting(ActionItem::title, ActionItem::owner).containsExactly(
                tuple("Add a canary stage", "@kwame"),
                tuple("Write the rollback runbook", "@li.wei"),
                tuple("Split the cron host", "Priya Raman"),
                tuple("Move secrets to the vault", "Tomás Ortega"),
                tuple("Replace the queue", "Dana Okafor"),
                tuple("Graph resolver errors", "Sam"),
                tuple("Ask @ines to review the alert thresholds", ""),
                tuple("Ana to update the status page template", ""),
                tuple("Tell the storage team: the quota doubles", ""),
                tuple("Shard the ledger", "@li.wei"));
        assertThat(items.get(items.size() - 1).team()).isEqualTo("Platform team");
        assertThat(log.guesses()).extracting(ImportLog.Guess::field).containsExactly("owner", "owner");
    }

    @Test
    void ticketsAreTheFirstIssueLinkOrReference() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .item("Fix the retry storm (#12829)")
                .item("Pin the base image GH-481")
                .item("Alert on replica lag, tracked as OPS-42 and OPS-43")
                .linked("acme/deploy#77 - Refuse configs with no upstream", "https://github.com/acme/deploy/issues/77")
                .linked("Read the vendor's guide", "https://vendor.example/guide")
                .item("The probe should page Discord (filed https://github.com/acme/site/issues/133)")
                .item("Upgrade TLS-1 clients")));
        assertThat(items).extracting(ActionItem::title, ActionItem::ticket).containsExactly(
                tuple("Fix the retry storm", "#12829"),
                tuple("Pin the base image GH-481", "GH-481"),
                tuple("Alert on replica lag, tracked as OPS-42 and OPS-43", "OPS-42"),
                tuple("Refuse configs with no upstream",
                        "https://github.com/acme/deploy/issues/77"),
                tuple("Read the vendor's guide", ""),
                tuple("The probe should page Discord",
                        "https://github.com/acme/site/issues/133"),
                tuple("Upgrade TLS-1 clients", ""));
    }

    @Test
    void aListOfBareIssueLinksIsOneItemPerLinkNamedByItsReference() {
        var items = values(read(new HandWritten().heading(2, "Action items").heading(3, "Fixes")
                .linked("acme/api#1127", "https://github.com/acme/api/pull/1127")
                .linked("acme/site#2310", "https://github.com/acme/site/pull/2310")));
        assertThat(items).extracting(ActionItem::title, ActionItem::ticket, ActionItem::kind).containsExactly(
                tuple("acme/api#1127", "https://github.com/acme/api/pull/1127", ActionKind.CORRECTIVE),
                tuple("acme/site#2310", "https://github.com/acme/site/pull/2310", ActionKind.CORRECTIVE));
    }

    @Test
    void dueDatesAreReadAndADateWithoutAYearIsKeptInTheDescription() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .item("Rotate the signing keys by 2025-04-01")
                .item("Move the cron host (due April 3, 2026)")
                .item("Shard the queue - Due: 2025-06-30")
                .item("Purge stale DNS records (due Apr 1)")
                .item("Reduce p99 latency by 50%")));
        assertThat(items).extracting(ActionItem::title, ActionItem::dueDate).containsExactly(
                tuple("Rotate the signing keys", LocalDate.of(2025, 4, 1)),
                tuple("Move the cron host", LocalDate.of(2026, 4, 3)),
                tuple("Shard the queue", LocalDate.of(2025, 6, 30)),
                tuple("Purge stale DNS records", null),
                tuple("Reduce p99 latency by 50%", null));
        assertThat(items.get(3).description()).isEqualTo("Due: Apr 1");
        assertThat(log.notes()).anySatisfy(n -> assertThat(n).contains("'Apr 1' has no year"));
    }

    @Test
    void priorityWordsAreKeptAsWrittenAndTierCodesSetTheTier() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .item("P0: Restore writes to the primary")
                .item("[P3] Tidy the dashboards")
                .item("Add a read replica (high priority)")
                .item("Rotate the keys, Priority: critical")));
        assertThat(items).extracting(ActionItem::title, ActionItem::priorityLabel, ActionItem::priority)
                .containsExactly(
                tuple("Restore writes to the primary", "P0", Priority.P0),
                tuple("Tidy the dashboards", "P3", null),
                tuple("Add a read replica", "high priority", null),
                tuple("Rotate the keys", "critical", null));
    }

    @Test
    void placeholdersAndEmptyItemsAreSkippedWithTheReason() {
        var items = read(new HandWritten().heading(2, "Action items")
                .item("TBD").item("N/A").item("-").item("").item("Write the postmortem review invite"));
        assertThat(values(items)).extracting(ActionItem::title).containsExactly("Write the postmortem review invite");
        assertThat(log.skipped()).extracting(ImportLog.Skipped::reason).contains(
                "'TBD' is a placeholder, not an action item", "an action item with no text");
        assertThat(log.skipped()).hasSize(4);
    }

    @Test
    void fieldsNestedUnderAnItemBelongToIt() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .item("Add a canary stage for config pushes")
                .item(1, "Owner: @kwame")
                .item(1, "Status: In progress")
                .item(1, "Due: 2025-05-02")
                .item(1, "needs the deploy team's sign-off")));
        ActionItem item = items.get(0);
        assertThat(item.owner()).isEqualTo("@kwame");
        assertThat(item.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(item.description()).isEqualTo("needs the deploy team's sign-off");
    }

    @Test
    void aHeadingThatIsAnItemTakesTheParagraphsUnderIt() {
        var items = read(new HandWritten().heading(2, "Action items")
                .heading(3, "AI-3: Add retries to the ledger client")
                .paragraph("Owner: @kwame\nStatus: Done")
                .paragraph("Retries use the shared backoff policy.")
                .heading(3, "AI-4: Page two people")
                .item("Owner: Priya Raman")
                .heading(3, "5. Long term")
                .item("Replace the queue"));
        assertThat(values(items)).extracting(ActionItem::key, ActionItem::title, ActionItem::owner, ActionItem::status)
                .containsExactly(
                        tuple("AI-3", "Add retries to the ledger client", "@kwame",
                                ActionStatus.DONE),
                        tuple("AI-4", "Page two people", "Priya Raman", ActionStatus.OPEN),
                        tuple("", "Replace the queue", "", ActionStatus.OPEN));
        assertThat(items.get(2).value().priorityLabel()).isEqualTo("Long term");
        assertThat(items.get(0).value().description()).isEqualTo("Retries use the shared backoff policy.");
        assertThat(items.get(0).lines()).isEqualTo(new Lines(2, 5));
    }

    @Test
    void proseBesideAListIsSkippedAndALabelParagraphGroupsTheList() {
        var doc = new HandWritten().heading(2, "Action items")
                .paragraph("We agreed on these at the review and will track them in the tracker.")
                .paragraph("Completed:")
                .item("Restore the replica");
        var items = values(read(doc));
        assertThat(items).extracting(ActionItem::status).containsExactly(ActionStatus.DONE);
        assertThat(log.skipped()).extracting(ImportLog.Skipped::lines).containsExactly(Lines.of(2));
    }

    @Test
    void tableColumnsAreFoundByTheirHeaderWords() {
        var items = read(new HandWritten().heading(2, "Action Items")
                .header("#", "Action item description", "Owner(s)", "Status", "Due date", "Prio", "Tracking issue",
                        "Type", "Notes")
                .row("AI-1", "Refuse configs with no upstream", "@kwame", "DONE", "2025-03-01", "P1", "OPS-7",
                        "Prevention", "")
                .row("2", "Graph resolver errors", "Priya Raman", "Blocked", "Q3", "high", "",
                        "Hygiene", "needs a vendor API key"));
        ActionItem first = items.get(0).value();
        assertThat(first).extracting(ActionItem::key, ActionItem::title, ActionItem::owner, ActionItem::status,
                ActionItem::dueDate, ActionItem::priority, ActionItem::ticket, ActionItem::kind).containsExactly(
                "AI-1", "Refuse configs with no upstream", "@kwame", ActionStatus.DONE, LocalDate.of(2025, 3, 1),
                Priority.P1, "OPS-7", ActionKind.PREVENTIVE);
        ActionItem second = items.get(1).value();
        assertThat(second.title()).isEqualTo("Graph resolver errors");
        assertThat(second.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(second.priorityLabel()).isEqualTo("high");
        assertThat(second.description())
                .isEqualTo("Status: Blocked\nDue date: Q3\nType: Hygiene\nNotes: needs a vendor API key");
        assertThat(log.notes()).anySatisfy(n -> assertThat(n).contains("status 'Blocked'"));
        assertThat(items.get(1).lines()).isEqualTo(Lines.of(5));
    }

    @Test
    void aTableStatusColumnReadsEveryCommonWord() {
        var doc = new HandWritten().header("Task", "Done?");
        String[] words = {"complete", "closed", "fixed", "resolved", "merged", "wip", "ongoing", "started",
            "not started", "pending", "planned", "todo", "yes", "no", "✅"};
        for (String word : words) {
            doc.row("Do " + word, word);
        }
        assertThat(values(read(doc))).extracting(ActionItem::status).containsExactly(ActionStatus.DONE,
                ActionStatus.DONE, ActionStatus.DONE, ActionStatus.DONE, ActionStatus.DONE, ActionStatus.IN_PROGRESS,
                ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, ActionStatus.OPEN, ActionStatus.OPEN,
                ActionStatus.OPEN, ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.DONE);
    }

    @Test
    void aTableWithoutAnActionColumnReadsItsFirstFreeColumnAndGroupRowsGroup() {
        var items = read(new HandWritten()
                .header("Change", "Who", "Team")
                .row("Short term:", "", "")
                .linkedRow(List.of("https://tracker.example/browse/NET-9"), "Split the resolver pool", "@ines", "Network")
                .row("Completed", "", "")
                .row("Drain the old region", "Dana", ""));
        assertThat(values(items)).extracting(ActionItem::title, ActionItem::owner, ActionItem::team,
                ActionItem::priorityLabel, ActionItem::status, ActionItem::ticket).containsExactly(
                tuple("Split the resolver pool", "@ines", "Network", "Short term",
                        ActionStatus.OPEN, "https://tracker.example/browse/NET-9"),
                tuple("Drain the old region", "Dana", "", "", ActionStatus.DONE, ""));
    }

    @Test
    void notesBetweenDashesAfterTheActionGiveItsOwnerTicketStateAndDueDate() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .numbered(1, "Monitor tunnel sessions against the licence - Oskar Lind - open")
                .task(false, "Validate lease durations at start-up — @efoster — #2041")
                .task(true, "Roll back to 2.13 - [@rtesfaye] - 2025-03-10")
                .numbered(2, "Alert on delivery latency above 2 minutes — owner Amara Chukwu")
                .task(false, "Make the wrapper fail on any error — Ilse de Vries — due 2025-10-15")
                .task(false, "Move to the managed backup service — Platform team")
                .item("Cap retries at 12 - 48 is too many")));
        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::ticket, ActionItem::status,
                ActionItem::dueDate).containsExactly(
                tuple("Monitor tunnel sessions against the licence", "Oskar Lind", "", ActionStatus.OPEN, null),
                tuple("Validate lease durations at start-up", "@efoster", "#2041", ActionStatus.OPEN, null),
                tuple("Roll back to 2.13", "@rtesfaye", "", ActionStatus.DONE, LocalDate.of(2025, 3, 10)),
                tuple("Alert on delivery latency above 2 minutes", "Amara Chukwu", "", ActionStatus.OPEN, null),
                tuple("Make the wrapper fail on any error", "Ilse de Vries", "", ActionStatus.OPEN,
                        LocalDate.of(2025, 10, 15)),
                tuple("Move to the managed backup service", "Platform team", "", ActionStatus.OPEN, null),
                tuple("Cap retries at 12 - 48 is too many", "", "", ActionStatus.OPEN, null));
        assertThat(log.guesses()).extracting(ImportLog.Guess::field).contains("owner");
    }

    @Test
    void notesInTheClosingBracketGiveTheOwnerAndTicketWhenEveryPartIsOne() {
        var items = values(read(new HandWritten().heading(2, "Remediation")
                .task(true, "Restore the CA key and re-run the job (@rfen, #12829)")
                .task(false, "Partition by order id (Selin Aydın, INT-330)")
                .item("Keep the scanner inventory in the device tool (Dário Costa)")
                .item("Review query cost for shared dashboards (BI guild)")
                .item("Retry only idempotent calls (HTTP 503 only)")
                .item("Move the cron host (Kubernetes) before the audit")));
        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::ticket).containsExactly(
                tuple("Restore the CA key and re-run the job", "@rfen", "#12829"),
                tuple("Partition by order id", "Selin Aydın", "INT-330"),
                tuple("Keep the scanner inventory in the device tool", "Dário Costa", ""),
                tuple("Review query cost for shared dashboards", "BI guild", ""),
                tuple("Retry only idempotent calls (HTTP 503 only)", "", ""),
                tuple("Move the cron host (Kubernetes) before the audit", "", ""));
    }

    @Test
    void aLinkedReferenceInBracketsIsTheTicketAsWritten() {
        var items = values(read(new HandWritten().heading(2, "Follow-ups")
                .linked("Re-sign 2.8.0 with the current key (#12830) @sgarcia",
                        "https://github.com/tern/tern/pull/12830")));
        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::ticket)
                .containsExactly(tuple("Re-sign 2.8.0 with the current key", "@sgarcia", "#12830"));
    }

    @Test
    void fieldsWrittenAsSentencesEndAtTheirFullStop() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .item("Add a circuit breaker around the geocoding client")
                .item(1, "Owner: Hedda Lindqvist. Due 2025-05-30.")
                .item("Alert when receipts fall below 80%. Owner: Maarten Visser. Ticket: AUTH-77.")
                .item("Page A. Moreau's team. Owner: A. Moreau")));
        assertThat(items).extracting(ActionItem::title, ActionItem::owner, ActionItem::ticket, ActionItem::dueDate)
                .containsExactly(
                tuple("Add a circuit breaker around the geocoding client", "Hedda Lindqvist", "",
                        LocalDate.of(2025, 5, 30)),
                tuple("Alert when receipts fall below 80%", "Maarten Visser", "AUTH-77", null),
                tuple("Page A. Moreau's team", "A. Moreau", "", null));
    }

    @Test
    void anOwnerNamedAtTheEndOfADescriptionLineIsTheItemsOwner() {
        var items = values(read(new HandWritten().heading(2, "Follow-Up Actions")
                .numbered(1, "**Contract a second upstream provider**")
                .item(1, "**Description:** Compare two providers on price; owner Beatriz Lopes.")));
        assertThat(items.get(0).owner()).isEqualTo("Beatriz Lopes");
        assertThat(items.get(0).description()).contains("owner Beatriz Lopes");
    }

    @Test
    void aStateMarkAloneInAStatusCellAndAStateBesideATicketAreRead() {
        var items = values(read(new HandWritten().heading(2, "Action items")
                .header("Action", "Owner", "Status", "Bug")
                .row("Roll back the gateway", "@ttorres", "✅", "OBJ-501")
                .row("Alert on descriptor usage", "@ngupta", "🔄", "OBJ-503")
                .row("Replace per-request regexes", "kira", "", "88121 **DONE**")
                .row("Track TV schedules", "kira", "", "n/a **TODO**")));
        assertThat(items).extracting(ActionItem::status, ActionItem::ticket).containsExactly(
                tuple(ActionStatus.DONE, "OBJ-501"), tuple(ActionStatus.IN_PROGRESS, "OBJ-503"),
                tuple(ActionStatus.DONE, "88121"), tuple(ActionStatus.OPEN, ""));
    }

    @Test
    void codeAndImagesBesideTheItemsAreSkippedWithTheReason() {
        var doc = new HandWritten().heading(2, "Action items").item("Add a canary").code("kubectl rollout undo");
        read(doc);
        assertThat(log.skipped()).extracting(ImportLog.Skipped::reason)
                .containsExactly("code in the action items section, not an item");
    }

    /** A quadratic pattern would take minutes on these lines of 100,000 characters; linear reading, a second. */
    @Test
    void hostileTextIsReadInLinearTime() {
        String[] hostile = {"(".repeat(100_000), "a - ".repeat(25_000) + "Ann", "@a ".repeat(33_000) + "x",
            "[".repeat(100_000) + "x", "Owner: ".repeat(14_000), "by 1/".repeat(20_000), "#1".repeat(50_000),
            "due ".repeat(25_000) + "Apr", "A-1 ".repeat(25_000), " —".repeat(50_000) + " Ann Lee",
            ", ".repeat(50_000) + "x", "P".repeat(100_000) + " - done", "ab".repeat(50_000) + "/"};
        HandWritten doc = new HandWritten().heading(2, "Action items");
        for (String text : hostile) {
            doc.item(text);
            doc.paragraph(text);
        }
        doc.header(hostile).row(hostile);
        long start = System.nanoTime();
        int read = ActionItemReader.read(doc.blocks(), log).size();
        long took = System.nanoTime() - start;
        assertThat(read).isPositive();
        assertThat(took).as("nanoseconds").isLessThan(15_000_000_000L);
    }

    @Test
    void everyBlockShapeTogetherAccountsForEveryLine() {
        List<Block> blocks = new HandWritten().heading(2, "Action items")
                .paragraph("Tracked in the board.")
                .item("Short term:").item(1, "Pin the image").item(1, "TBD")
                .heading(3, "Completed")
                .header("Action", "Owner").row("Drain the region", "Dana").row("", "")
                .heading(3, "Ideas")
                .paragraph("Try a second resolver.\nMaybe two.")
                .blocks();
        List<Sourced<ActionItem>> items = ActionItemReader.read(blocks, log);
        assertEveryLineAccountedFor(blocks, items, log);
        assertThat(values(items)).extracting(ActionItem::title)
                .containsExactly("Pin the image", "Drain the region", "Try a second resolver. Maybe two.");
    }
}
