package dev.hindsight.review;

import dev.hindsight.kernel.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated look back at an incident's action items, on the organisation's cadence ("Week 1: check immediate
 * actions").
 *
 * @param date  the day it is due
 * @param focus what it checks
 * @param done  whether it has been held
 */
public record FollowUpReview(LocalDate date, String focus, boolean done) {
    public FollowUpReview {
        Objects.requireNonNull(date, "date is null");
        focus = Text.orEmpty(focus).strip();
    }

    public FollowUpReview held() {
        return new FollowUpReview(date, focus, true);
    }
}
