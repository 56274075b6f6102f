package dev.hindsight.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One run of a job: the period it was claimed for, when it started, and the organisation's zone. Immutable. */
public record Run(String job, String period, Instant startedAt, ZoneId zone) {

    /** The organisation's date when the run started ("today" for a job). */
    public LocalDate today() {
        return startedAt.atZone(zone).toLocalDate();
    }
}
