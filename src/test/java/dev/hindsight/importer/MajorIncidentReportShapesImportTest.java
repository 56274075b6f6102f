package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Times in the shapes the eighth set of unseen documents brought (imports/unseen-documents-8): a public body's
 * plain-text major incident report with "0812 hrs" times, an ordinal "3rd March 2026" and entries wrapped under
 * their text, and a short e-mail with "9.15am" times.
 */
class MajorIncidentReportShapesImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    private static final String REPORT = """
            NORTHFIELD DISTRICT COUNCIL
            MAJOR INCIDENT REPORT

            Incident priority:    P1
            Date of incident:     Thursday 5th February 2026

            All times are UK time (GMT).

            1. SUMMARY

            Library self-service kiosks could not take card payments for most of the morning.

            2. CHRONOLOGY OF EVENTS

            0740 hrs   Supplier engineer applies the kiosk firmware bundle agreed at the change board on
                       29th January as "low risk".
            0752 hrs   First declined card payment recorded in the kiosk logs.
            0821 hrs   First call to the IT Service Desk from the Central Library duty manager. Logged as
                       INC0042117, Priority 3.
            0905 hrs   Major Incident declared by the duty IT manager.
            1044 hrs   Supplier reverts the firmware bundle. Test payment successful. Service restored.
            1300 hrs   Major Incident closed.
            """;

    @Test
    void aCouncilReportsHoursTimesAreReadOnItsOrdinalDay() {
        PostMortem r = read(REPORT);

        assertThat(r.startedAt()).contains(Instant.parse("2026-02-05T07:52:00Z"));
        assertThat(r.detectedAt()).contains(Instant.parse("2026-02-05T08:21:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2026-02-05T10:44:00Z"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::text).first().asString()
                .as("the line wrapped at a date goes on with its entry").endsWith("29th January as \"low risk\".");
        assertThat(r.timeline().events()).hasSize(6);
    }

    @Test
    void fourDigitsWithoutHoursAreNoClockTime() {
        PostMortem r = read(REPORT.replace(" hrs ", "     "));

        assertThat(r.startedAt()).isEmpty();
        assertThat(r.timeline().events()).extracting(TimelineEvent::at)
                .doesNotContain(Instant.parse("2026-02-05T07:52:00Z"));
    }

    @Test
    void aShortMailsDotTimesWithAmAreAWindow() {
        PostMortem r = read("""
                Subject: RESOLVED - Booking system unavailable this morning (Wed 20 May 2026)

                Hi all,

                The room booking system was unavailable from 8.05am to 8.50am (AEST) today. Bookings already
                made were kept.

                Thanks,
                Sam Reid, IT Support
                """);

        assertThat(r.startedAt()).contains(Instant.parse("2026-05-19T22:05:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2026-05-19T22:50:00Z"));
    }

    @Test
    void dottedNumbersWithoutAmOrPmAreNoWindow() {
        PostMortem r = read("""
                Subject: RESOLVED - Booking system unavailable this morning (Wed 20 May 2026)

                The booking client was upgraded from 8.05 to 8.50 (AEST) today and now loads faster.
                """);

        assertThat(r.startedAt()).isEmpty();
        assertThat(r.timeline().events()).isEmpty();
    }
}
