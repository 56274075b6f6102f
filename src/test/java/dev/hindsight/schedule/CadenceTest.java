package dev.hindsight.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void minutesAndHoursAreNamedInUtcSoTheRepeatedHourOfAnAutumnNightIsTwoPeriods() {
        // 02:15 CEST and 02:15 CET on 2026-10-25 are an hour apart; the local names would be the same.
        Instant first = Instant.parse("2026-10-25T00:15:00Z");
        Instant second = Instant.parse("2026-10-25T01:15:00Z");

        assertThat(Cadence.hourly().period(first, BERLIN)).contains("2026-10-25T00Z");
        assertThat(Cadence.hourly().period(second, BERLIN)).contains("2026-10-25T01Z");
        assertThat(Cadence.everyMinute().period(second, BERLIN)).contains("2026-10-25T01:15Z");
    }

    @Test
    void aDailyPeriodIsTheLocalDateAndIsNotDueBeforeItsTime() {
        Cadence seven = Cadence.dailyAt(LocalTime.of(7, 0));

        assertThat(seven.period(Instant.parse("2026-03-09T05:59:59Z"), BERLIN)).isEmpty();
        assertThat(seven.period(Instant.parse("2026-03-09T06:00:00Z"), BERLIN)).contains("2026-03-09");
        // 23:30 UTC is already the next day in Berlin.
        assertThat(Cadence.dailyAt(LocalTime.MIDNIGHT).period(Instant.parse("2026-03-09T23:30:00Z"), BERLIN))
                .contains("2026-03-10");
    }
}
