package dev.hindsight.lint;

import dev.hindsight.incident.PostMortem;
import java.util.List;

/**
 * One check of a whole record (completeness, consistency): what it finds, in the order of the record's fields.
 * Implementations are immutable and thread-safe, so one assistant serves every thread.
 */
public interface RecordRule {

    List<Finding> check(PostMortem record);

    /** A finding on a field as a whole: no span, no replacement. */
    static Finding whole(String rule, FindingLevel level, String field, String why, String suggestion) {
        return new Finding(rule, level, field, -1, -1, "", why, suggestion);
    }
}
