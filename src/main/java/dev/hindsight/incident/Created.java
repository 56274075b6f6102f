package dev.hindsight.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * A record as it is written, with when its incident was created (its first revision's time, kept in
 * incidents.created_at): what the rows written beside it count from where the record itself says nothing. Immutable.
 */
record Created(PostMortem record, Instant at) {

    Created {
        Objects.requireNonNull(record, "record is null");
        Objects.requireNonNull(at, "at is null");
    }
}
