package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Times and milestones in the shapes the seventh set of unseen documents brought (imports/unseen-documents-7,
 * docs/import.md): a provider's letter typed as plain text, a mail's "Timeline (GMT)" line, French "07h12" times,
 * a timeline heading that names its day without the year, a window of ISO instants in prose, a timeline that
 * closes the incident without saying it was resolved, and people telling the company as its detection.
 */
class LetterAndLogShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static final String LETTER = """
            HARBOUR DATA CENTRES LTD
            Customer Operations

            INCIDENT NOTICE

            Reference:       HDC-2026-031
            Date of issue:   12 March 2026

            Dear Customer,

            We are writing about the loss of power to rack row F at our MEL1 site on Monday
            9 March 2026. This notice sets out what happened and what we are changing.
            All times below are Australian Eastern Daylight Time (AEDT, UTC+11).

            1. SUMMARY

            Between 14:05 and 15:20 AEDT, racks in row F lost both power feeds.

            2. SEQUENCE OF EVENTS

              14:02  Electrician isolates the wrong distribution board.
              14:05  Row F loses both feeds.
              14:07  Building management system raises a critical alarm for row F.
              15:20  Power restored to every rack in row F.

            3. SERVICE CREDITS

            Credits will appear on the next invoice.
            """;

    @Test
    void aLetterTypedAsPlainTextHasItsNumberedCapitalisedSectionsAndItsSequenceOfEvents() {
        PostMortem r = read(LETTER);
        assertThat(r.timeline().events()).extracting(TimelineEvent::text)
                .contains("Electrician isolates the wrong distribution board.");
        // AEDT named in brackets after the zone in words: Melbourne's summer time, not New York's "Eastern".
        assertThat(r.timeZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(r.startedAt()).contains(at("2026-03-09T03:05:00Z"));
        assertThat(r.detectedAt()).contains(at("2026-03-09T03:07:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-03-09T04:20:00Z"));
        assertThat(r.analysis().summary()).contains("Between 14:05 and 15:20 AEDT");
        // "3. SERVICE CREDITS" heads a section of its own after the others, not the letter's title.
        assertThat(r.title()).isNotEqualTo("SERVICE CREDITS");
    }

    @Test
    void aDayInPassingCountsOnlyWhenItsWeekdayIsThatDate() {
        // 9 March 2026 is a Monday: "Friday 9 March 2026" names no day the letter is sure of.
        PostMortem r = read(LETTER.replace("Monday\n9 March 2026", "Friday\n9 March 2026")
                .replace("Date of issue:   12 March 2026\n", ""));
        assertThat(r.startedAt()).isEmpty();
    }

    @Test
    void aNumberedItemInCapitalsUnderAMarkdownHeadingStaysAnItem() {
        PostMortem r = read("""
                # Queue stalled

                ## Action items

                1. CHECK THE DLQ ALERT
                2. Add a runbook step
                """);
        assertThat(r.actionItems()).hasSize(2);
    }

    private static final String MAIL = """
            From: Ola Berg <ola@example.com>
            Sent: Wednesday, 4 February 2026 15:10
            Subject: Portal login failures this morning

            Hi all, a short write-up.

            On Wednesday 4 February 2026 the portal rejected most logins for an hour.

            What happened
            A certificate on the login service expired overnight.

            Timeline (GMT)
            08:10  Login service starts rejecting sessions after the certificate expires.
            08:32  Support receives the first calls from customers who cannot log in.
            09:05  New certificate deployed. Resolved.

            Ola
            """;

    @Test
    void aMailsTimelineLineWithItsZoneInBracketsHeadsTheEntriesUnderIt() {
        PostMortem r = read(MAIL);
        assertThat(r.timeline().events()).hasSize(3);
        assertThat(r.startedAt()).contains(at("2026-02-04T08:10:00Z"));
        assertThat(r.detectedAt()).contains(at("2026-02-04T08:32:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-02-04T09:05:00Z"));
    }

    @Test
    void frenchHoursAreClockTimesButADurationWrittenSoIsNot() {
        PostMortem r = read("""
                # Ticket machines rejecting cards (12 January 2026)

                Times: Paris time (CET, UTC+1)

                ## Timeline

                - **06h40** – First rejections of card payments at the ticket machines.
                - **06h55** – Station staff call the on-call engineer.
                - **08h10** – Terminal software rolled back; rejections stop. Incident closed.
                - 1h30m of queues at the busiest stations, as counted afterwards.
                """);
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                at("2026-01-12T05:40:00Z"), at("2026-01-12T05:55:00Z"), at("2026-01-12T07:10:00Z"));
        assertThat(r.startedAt()).contains(at("2026-01-12T05:40:00Z"));
        assertThat(r.detectedAt()).contains(at("2026-01-12T05:55:00Z"));
        // No entry says resolved: the one closing the incident is its end.
        assertThat(r.resolvedAt()).contains(at("2026-01-12T07:10:00Z"));
    }

    @Test
    void aClosingEntryAfterTheResolutionStaysTheClose() {
        PostMortem r = read("""
                # Search outage, 3 June 2026

                All times UTC.

                ## Timeline

                - 10:00 — Search errors start.
                - 10:20 — Alert fires for search error rate.
                - 11:00 — Search resolved.
                - 16:00 — Incident closed after the review.
                """);
        assertThat(r.resolvedAt()).contains(at("2026-06-03T11:00:00Z"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::kind).contains(EventKind.CLOSED);
    }

    @Test
    void peopleTellingTheCompanyAreItsDetectionButAnEngineersTicketIsNot() {
        PostMortem told = read("""
                # Invoices sent twice, 2 November 2026

                All times UTC.

                ## Timeline

                - 09:00 — Invoice run starts twice; errors start in the ledger.
                - 09:40 — Engineer opens a ticket with the payment provider about slow responses.
                - 10:15 — Member support opens a ticket after 20 complaints; incident declared.
                - 12:00 — Refunds complete. Resolved.
                """);
        assertThat(told.detectedAt()).contains(at("2026-11-02T10:15:00Z"));
        PostMortem engineer = read("""
                # Invoices sent twice, 2 November 2026

                All times UTC.

                ## Timeline

                - 09:00 — Invoice run starts twice; errors start in the ledger.
                - 09:40 — Engineer opens a ticket with the payment provider about slow responses.
                - 12:00 — Refunds complete. Resolved.
                """);
        assertThat(engineer.detectedAt()).isEmpty();
    }

    @Test
    void aTimelineHeadingNamesItsDayWithoutTheYear() {
        PostMortem r = read("""
                # Post-mortem: webhooks delayed

                @sam opened this issue on Mar 11, 2026

                ## Timeline (UTC, Tue Mar 10)

                - 14:00 — first webhook failures for EU customers.
                - 14:20 — alert fires for webhook queue age.
                - 15:05 — queue drained. Resolved.
                """);
        assertThat(r.startedAt()).contains(at("2026-03-10T14:00:00Z"));
        assertThat(r.resolvedAt()).contains(at("2026-03-10T15:05:00Z"));
    }

    @Test
    void aWindowOfIsoInstantsInProseIsTheStartAndEnd() {
        PostMortem r = read("""
                # Card alerts delayed

                ## Summary

                Between 2026-05-06T02:14:37Z and 2026-05-06T04:51:12Z notifications were late.
                """);
        assertThat(r.startedAt()).contains(at("2026-05-06T02:14:37Z"));
        assertThat(r.resolvedAt()).contains(at("2026-05-06T04:51:12Z"));
    }

    @Test
    void eachOfTwoTimelinesIsOnTheDayItsHeadingNames() {
        PostMortem r = read("""
                # Backfill: two evenings, one review

                All times UTC.

                ## First evening (Wed 20 May)

                | Time | Event |
                |---|---|
                | 20:05 | Balances shown as zero |
                | 20:31 | Alert fires for zero balances |
                | 21:10 | Flag off. Resolved |

                ## Second evening (Thu 21 May)

                | Time | Event |
                |---|---|
                | 19:58 | Points credited twice |
                | 20:47 | Credits reversed |

                Review held 26 May 2026.
                """);
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).contains(
                at("2026-05-20T20:05:00Z"), at("2026-05-21T19:58:00Z"), at("2026-05-21T20:47:00Z"));
    }
}
