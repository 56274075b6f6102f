package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Owners and severities as the seventh set of unseen documents wrote them (imports/unseen-documents-7,
 * docs/import.md): an arrow to who takes an item, a team between an item's dashes and its date, a memo's last
 * sentence naming who does it, a Jira mention in an owner cell; a plain-text header's pairs side by side, an
 * "Incident class", a priority the prose grades the incident with.
 */
class OwnerAndSeverityShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    @Test
    void anArrowAfterTheWorkPointsAtWhoTakesItButNotAtAPlace() {
        PostMortem r = read("""
                # Night orders stuck in packing, 2026

                ## Follow-up

                - Rotate the signing chain before it lapses → Mara Quist, by 24 July
                - Smoke-test the courier API after each renewal → Dispatch team
                - Page when no order leaves packing for ten minutes → not assigned
                - Move the nightly export jobs → Frankfurt
                """);

        assertThat(r.actionItems()).extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate)
                .containsExactly(
                        tuple("Rotate the signing chain before it lapses", "Mara Quist", LocalDate.of(2026, 7, 24)),
                        tuple("Smoke-test the courier API after each renewal", "Dispatch team", null),
                        tuple("Page when no order leaves packing for ten minutes", "", null),
                        tuple("Move the nightly export jobs → Frankfurt", "", null));
    }

    @Test
    void wordsBetweenAnItemsDashesAndItsDateAreItsOwnerEvenInLowerCase() {
        PostMortem r = read("""
                # Token rotation broke sidecars, 2026

                ## Follow-ups

                - [ ] Let revocation wait out a grace period — data platform — Q3
                - [ ] Alert on reconciliation drift — Billing ledger team — end of June
                - [ ] Split the rotation into two changes — nice to have
                """);

        assertThat(r.actionItems()).extracting(ActionItem::owner).containsExactly("data platform",
                "Billing ledger team", "");
        assertThat(r.actionItems().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(r.actionItems().get(2).title()).isEqualTo("Split the rotation into two changes — nice to have");
    }

    @Test
    void aMemosItemEndingInASentenceThatIsOnlyANameIsThatPersonsButNotASentenceOfWork() {
        PostMortem r = read("""
                # Greenhouse vents left shut, September 2026

                ## What we are doing

                - Ask the vent vendor for acknowledged commands. Noa, by September 25.
                - Add a temperature alarm to each house. Tavi and the night shift crew.
                - Check the controller logs weekly. See the runbook.
                """);

        assertThat(r.actionItems()).extracting(ActionItem::title, ActionItem::owner).containsExactly(
                tuple("Ask the vent vendor for acknowledged commands.", "Noa"),
                tuple("Add a temperature alarm to each house.", "Tavi and the night shift crew"),
                tuple("Check the controller logs weekly. See the runbook.", ""));
        assertThat(r.actionItems().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 9, 25));
    }

    @Test
    void aJiraMentionInAnOwnerCellIsTheOwnersHandle() {
        PostMortem r = read("""
                h1. Refund queue drained by mistake

                h2. Follow-up actions

                ||#||Action||Owner||Due||
                |1|Confirm before purging a queue|[~r.kowal]|2026-10-09|
                |2|Report the filter behaviour upstream| | |
                """);

        assertThat(r.actionItems()).extracting(ActionItem::owner).containsExactly("@r.kowal", "");
    }

    @Test
    void aPlainTextHeadersPairsSideBySideAreEachReadAndAPaddedLabelIsOnePair() {
        PostMortem r = read("""
                OPS LOG - cache node swap
                Ticket: OPS-118          Priority: P3
                Log keeper:   Ines Prado

                Swapped the cache node at 02:10; errors stopped at 02:25.
                """);

        assertThat(r.severity()).isNotNull();
        assertThat(r.severity().label()).isEqualTo("P3");
    }

    @Test
    void anIncidentClassIsTheSeverity() {
        PostMortem r = read("""
                REASON FOR OUTAGE

                RFO reference:        RFO-2026-0100
                Incident class:       Priority 1

                Dear Customer, transit in hall C was lost between 02:17 and 03:05.
                """);

        assertThat(r.severity()).isNotNull();
        assertThat(r.severity().label()).isEqualTo("Priority 1");
        assertThat(r.severity().level()).isEqualTo(1);
    }

    @Test
    void aNoteInBracketsAfterTheSeverityIsItsAssessmentBeforeWhatTheDocumentSaysOfIt() {
        PostMortem noted = read("""
                IRRIGATION MEMO - valves stuck open

                Severity: Sev-2 (no crop loss; water use only)

                The valves stayed open from 15:30 until 17:50.
                """);
        PostMortem assessed = read("""
                # Valves stuck open

                **Severity:** SEV2 (raised from SEV3 on 10 March)

                ## Was severity assessed correctly?

                Yes, once the second farm reported flooding.
                """);

        assertThat(noted.severity().label()).isEqualTo("Sev-2");
        assertThat(noted.severityAssessment()).isEqualTo("no crop loss; water use only");
        assertThat(assessed.severity().label()).isEqualTo("SEV2");
        assertThat(assessed.severityAssessment())
                .isEqualTo("raised from SEV3 on 10 March\n\nYes, once the second farm reported flooding.");
    }

    @Test
    void aPriorityTheProseGradesTheIncidentWithIsItsSeverityButAPriorityTicketIsNot() {
        PostMortem graded = read("""
                Subject: Portal outage write-up

                We treated this as a P2 because meter readings were blocked for three hours.
                """);
        PostMortem ticket = read("""
                Subject: Portal outage write-up

                We opened a P2 ticket with the registrar because meter readings were blocked.
                """);

        assertThat(graded.severity()).isNotNull();
        assertThat(graded.severity().label()).isEqualTo("P2");
        assertThat(ticket.severity()).isNull();
    }

    @Test
    void aLettersNumberedCapitalSectionsHoldItsLetteredCorrectiveActionsWrappedOverLines() {
        PostMortem r = read("""
                HARBOUR FIBRE LTD

                Incident class:       Priority 2

                1. SUMMARY OF EVENT

                Between 01:10 and 02:40 AEST, racks in hall C lost transit.

                2. CORRECTIVE ACTIONS

                  (a) Fibre trays in hall C relabelled on both sides.
                      Completed 3 May 2026.
                  (b) Second-person check before any patch lead is
                      removed. Target: 1 June 2026.
                  (c) Review the cabling contractor's induction. Owner: Facilities.

                3. SERVICE CREDITS

                Credits will appear on the next invoice.
                """);

        assertThat(r.title()).isEqualTo("HARBOUR FIBRE LTD");
        assertThat(r.actionItems()).extracting(ActionItem::title, ActionItem::owner, ActionItem::dueDate,
                ActionItem::status).containsExactly(
                tuple("Fibre trays in hall C relabelled on both sides.", "", null,
                        dev.hindsight.actions.ActionStatus.DONE),
                tuple("Second-person check before any patch lead is removed.", "", LocalDate.of(2026, 6, 1),
                        dev.hindsight.actions.ActionStatus.OPEN),
                tuple("Review the cabling contractor's induction", "Facilities", null,
                        dev.hindsight.actions.ActionStatus.OPEN));
        assertThat(r.extraSections()).extracting(e -> e.heading()).contains("SERVICE CREDITS");
    }

    @Test
    void aListOfCapitalisedNamesStaysAListAndALowerCaseItemIsNoHeading() {
        PostMortem r = read("""
                Cache outage note

                Services affected:

                - CHECKOUT SERVICE
                - PAYMENT GATEWAY

                1. Restart the cache nodes in order

                We restarted them at 02:10.
                """);

        assertThat(r.extraSections()).extracting(e -> e.heading()).doesNotContain("CHECKOUT SERVICE",
                "PAYMENT GATEWAY", "Restart the cache nodes in order");
    }

    @Test
    void aStatusPagePostmortemsAnnouncedListIsItsFollowUpsButAListAfterOtherWordsIsNot() {
        PostMortem announced = read("""
                # Slow thumbnail generation

                **Postmortem** -
                Between 09:10 and 10:05 UTC on March 3, thumbnails took minutes to appear.

                A cache node answered slowly without errors. On our side, we are making the following changes:

                - A read timeout with retry on another node, shipped on March 4.
                - An alert on time-to-thumbnail, by end of April.
                - A notice on the upload page when the queue is long.

                We are sorry for the wait.
                Mar 5, 2026 - 11:15 UTC
                """);
        PostMortem told = read("""
                # Slow thumbnail generation

                Between 09:10 and 10:05 UTC on March 3, thumbnails took minutes to appear. Affected regions:

                - Frankfurt
                - Dublin
                """);

        assertThat(announced.actionItems()).extracting(ActionItem::title).containsExactly(
                "A read timeout with retry on another node, shipped on March 4.",
                "An alert on time-to-thumbnail",
                "A notice on the upload page when the queue is long.");
        assertThat(announced.actionItems()).extracting(ActionItem::dueDate)
                .containsExactly(null, LocalDate.of(2026, 4, 30), null);
        assertThat(told.actionItems()).isEmpty();
    }
}
