package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Set 10's time shapes: a broadcast log's SMPTE timecode, an offset typeset with a minus sign, an abbreviation the
 * document defines by its offset, the half-hour zones of Newfoundland and central Australia, a form's "Date of fault".
 */
class TimecodesAndGivenOffsetsTest {

    private static PostMortem read(String markdown) {
        return new DocumentImporter(Conventions.defaults()).read(markdown, null).record();
    }

    @Test
    void aTimecodesFramesAreReadOverAndTheEntrysTextFollows() {
        TimeHead.Head head = TimeHead.read("19:31:07:12  Playout server output goes to black").orElseThrow();

        assertThat(head.time()).isEqualTo(LocalTime.of(19, 31, 7));
        assertThat("19:31:07:12  Playout server output goes to black".substring(head.end()))
                .startsWith("Playout server");
    }

    @Test
    void anOffsetWithATypesetMinusSignIsWestOfUtc() {
        assertThat(Times.time("0:00 UTC\u22122:30").orElseThrow().zone()).isEqualTo(ZoneOffset.ofHoursMinutes(-2, -30));
        assertThat(Times.time("0:00 UTC+10:30").orElseThrow().zone()).isEqualTo(ZoneOffset.ofHoursMinutes(10, 30));
    }

    @Test
    void newfoundlandAndCentralAustralianAbbreviationsAreKnown() {
        assertThat(TimeHead.zone("NDT").orElseThrow().zone()).isEqualTo(ZoneId.of("America/St_Johns"));
        assertThat(TimeHead.zone("NDT").orElseThrow().daylight()).isTrue();
        assertThat(TimeHead.zone("ACST").orElseThrow().zone()).isEqualTo(ZoneId.of("Australia/Adelaide"));
    }

    @Test
    void anAbbreviationTheDocumentDefinesByItsOffsetIsThatOffset() {
        PostMortem r = read("""
                # Pump station outage

                All times in this report are Harbour Quarter Time
                (HQT, UTC\u22123:30) unless stated otherwise.

                ## Timeline

                - 2026-08-14 02:10 Telemetry lost; the incident started
                - 2026-08-14 04:48 Night operator noticed the flat trends
                """);

        assertThat(r.startedAt()).contains(Instant.parse("2026-08-14T05:40:00Z"));
    }

    @Test
    void aFormsDateOfFaultIsTheDayOfItsTimes() {
        PostMortem r = read("""
                Date of fault       : Saturday 21/02/2026
                Time reference      : all times UTC

                ## Sequence of events

                - 19:31:07:12 Output goes to black
                - 19:47:55:00 Programme restored on the backup chain
                """);

        assertThat(r.timeline().events()).extracting(e -> e.at()).containsExactly(Instant.parse("2026-02-21T19:31:07Z"),
                Instant.parse("2026-02-21T19:47:55Z"));
    }

    @Test
    void aMilitaryDateTimeGroupIsItsDayAndUtcTimeAndWithoutAMonthTheDocumentsDay() {
        PostMortem r = read("""
                # Dispatch outage

                Date: 14 October 2026

                ## Timeline

                - 140547Z Dispatch clients freeze
                - 150100Z OCT 26 Backlog closed
                """);

        assertThat(r.timeline().events()).extracting(e -> e.at()).containsExactly(
                Instant.parse("2026-10-14T05:47:00Z"), Instant.parse("2026-10-15T01:00:00Z"));
        assertThat(TimeHead.read("140547Z JAN 2027 x")).hasValueSatisfying(h -> assertThat(h.year()).isEqualTo(2027));
        assertThat(TimeHead.read("140547 items counted")).isEmpty(); // no Z: a count
    }
}
