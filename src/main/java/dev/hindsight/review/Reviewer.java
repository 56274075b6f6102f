package dev.hindsight.review;

import dev.hindsight.kernel.Text;
import java.time.LocalDate;

/**
 * A reviewer or approver of the post-mortem: who, in what role, what they said and when.
 */
public record Reviewer(String name, String role, ReviewState state, LocalDate date) {
    public Reviewer {
        name = Text.orEmpty(name).strip();
        role = Text.orEmpty(role).strip();
        state = state == null ? ReviewState.NOT_REVIEWED : state;
    }
}
