package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Shapes the sixth set of unseen documents brought (imports/unseen-documents-6): a Sphinx reStructuredText review
 * with a field list, a list-table timeline and todo directives; a Marp slide deck whose slides are parted by rulers.
 */
class ReStructuredTextAndSlideDeckImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private Imported imported(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null);
    }

    private static final String REST = """
            .. _dns-outage:

            ###############################################
            Resolver cache flush left the office offline
            ###############################################

            :Severity: SEV2
            :Date: 2026-03-09
            :Authors: Ana Duarte

            .. contents::
               :local:

            Summary
            *******

            The resolver cache was flushed during a config push. All times UTC.

            Timeline
            ********

            .. list-table::
               :header-rows: 1

               * - Time
                 - Event
               * - 08:10
                 - Config push flushes the resolver cache; lookups start failing
                   for the office network.
               * - 08:16
                 - Helpdesk alert fires on failed lookups.
               * - 09:02
                 - Cache warmed again; lookups recovered.

            Follow-up
            *********

            .. todo::

               Keep the cache across config pushes.
               Owner: Ana Duarte. Due: 2026-04-01.

            .. code-block:: shell

               resolvectl flush-caches
            """;

    @Test
    void aListTableTimelineIsReadRowByRowOnTheDayTheFieldListGives() {
        PostMortem r = imported(REST).record();
        assertThat(r.title()).isEqualTo("Resolver cache flush left the office offline");
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-03-09T08:10:00Z"), Instant.parse("2026-03-09T08:16:00Z"),
                Instant.parse("2026-03-09T09:02:00Z"));
        assertThat(r.timeline().events().get(0).text()).endsWith("lookups start failing for the office network.");
    }

    @Test
    void aTodoDirectiveIsAnOpenActionItemWithItsOwnerAndDueDate() {
        PostMortem r = imported(REST).record();
        assertThat(r.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.title()).startsWith("Keep the cache across config pushes");
            assertThat(a.owner()).isEqualTo("Ana Duarte");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        });
    }

    @Test
    void directivesAdornmentsAndTargetsAreSkippedWithTheirReason() {
        Imported i = imported(REST);
        assertThat(i.report().lines()).filteredOn(l -> l.use().equals("skipped")).extracting(l -> l.line() + " " + l.to())
                .contains("1 reStructuredText link target", "3 reStructuredText title adornment",
                        "11 reStructuredText contents directive", "38 reStructuredText todo mark");
    }

    private static final String DECK = """
            ---
            marp: true
            paginate: true
            ---

            # Login storm retro
            Incident on 2026-02-03 · all times UTC
            ---
            ## Timeline

            | Time | What |
            |---|---|
            | 2026-02-03 14:05 | Login errors start |
            | 2026-02-03 14:09 | Error alert fires |
            | 2026-02-03 14:40 | Logins recovered |
            ---
            ## Actions

            - [ ] Rate-limit retries on the login client — Owner: Ravi Menon, due 2026-02-20
            <!--
            Speaker notes: thank the support team first.
            -->
            """;

    @Test
    void aSlideBreakUnderASlidesLastLineDoesNotMakeItAHeading() {
        Imported i = imported(DECK);
        PostMortem r = i.record();
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-02-03T14:05:00Z"), Instant.parse("2026-02-03T14:09:00Z"),
                Instant.parse("2026-02-03T14:40:00Z"));
        assertThat(r.actionItems()).extracting(ActionItem::owner).containsExactly("Ravi Menon");
        assertThat(i.report().lines()).filteredOn(l -> l.use().equals("skipped")).extracting(l -> l.line() + " " + l.to())
                .contains("8 slide break", "16 slide break");
    }

    @Test
    void aRulerUnderALineOfAnOrdinaryDocumentIsStillItsHeading() {
        PostMortem r = imported("# Outage\n\nTimeline\n---\n\n- 2026-02-03 14:05 UTC: errors start\n").record();
        assertThat(r.timeline().events()).hasSize(1);
    }

    private static String opening(String weekday) {
        return """
                # Export stall retro

                Retro held 4 March 2026

                ## What happened

                - %s 1 March, the nightly export stalled for half an hour

                ## Timeline (ART)

                | Time | Event |
                |---|---|
                | 09:10 | Export stalls |
                | 09:40 | Export resumes |
                """.formatted(weekday);
    }

    @Test
    void aDayWithItsWeekdayButNoYearIsTheIncidentsInTheYearTheWeekdayFits() {
        PostMortem r = imported(opening("Sunday")).record();
        // 1 March 2026 is a Sunday; Argentina's time is three hours behind UTC.
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-03-01T12:10:00Z"), Instant.parse("2026-03-01T12:40:00Z"));
    }

    @Test
    void aWeekdayNoNearbyYearFitsGivesNoDay() {
        assertThat(imported(opening("Monday")).record().timeline().events()).isEmpty();
    }
}

