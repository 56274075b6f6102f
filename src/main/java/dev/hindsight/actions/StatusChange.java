package dev.hindsight.actions;

import dev.hindsight.kernel.Text;
import java.time.Instant;
import java.util.Objects;

/** One step in an action item's life: it became {@code status}, set by {@code by}, at {@code at}. */
public record StatusChange(ActionStatus status, String by, Instant at) {
    public StatusChange {
        Objects.requireNonNull(status, "status is null");
        by = Text.orEmpty(by).strip();
        Objects.requireNonNull(at, "at is null");
    }
}
