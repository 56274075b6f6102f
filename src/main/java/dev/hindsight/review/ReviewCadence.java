package dev.hindsight.review;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When follow-up reviews fall after the review: the post-incident review template's "Week 1: check immediate
 * actions; Week 2: short-term; Month 1: all actions; Month 3: final review" by default.
 */
public record ReviewCadence(List<Step> steps) {
    public ReviewCadence {
        steps = List.copyOf(steps);
    }

    /** A follow-up {@code after} the review starts, checking {@code focus}. */
    public record Step(Period after, String focus) {
        public Step {
            Objects.requireNonNull(after, "after is null");
            focus = focus == null ? "" : focus.strip();
        }
    }

    public static ReviewCadence defaults() {
        return parse("P1W Check immediate actions; P2W Check short-term actions; P1M Check all actions; "
                + "P3M Final review");
    }

    /**
     * Reads "P1W Check immediate actions; P1M Check all actions": steps separated by semicolons, each an
     * ISO-8601 period and what the follow-up checks.
     *
     * @throws IllegalArgumentException naming the step that is not a period and a focus
     */
    public static ReviewCadence parse(String written) {
        List<Step> steps = new ArrayList<>();
        for (String part : written.split(";")) {
            String step = part.strip();
            if (step.isEmpty()) {
                continue;
            }
            int space = step.indexOf(' ');
            String period = space < 0 ? step : step.substring(0, space);
            try {
                steps.add(new Step(Period.parse(period), space < 0 ? "" : step.substring(space + 1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + step + "' does not start with an ISO-8601 period such as "
                        + "P1W or P3M");
            }
        }
        return new ReviewCadence(steps);
    }

    /** The follow-up reviews for a review that starts on {@code start}. */
    public List<FollowUpReview> from(LocalDate start) {
        return steps.stream().map(s -> new FollowUpReview(start.plus(s.after()), s.focus(), false)).toList();
    }
}
