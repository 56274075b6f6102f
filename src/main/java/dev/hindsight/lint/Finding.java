package dev.hindsight.lint;

import java.util.Objects;

/**
 * One thing the review assistant found: which rule, how serious, where (a field of the record and, for text, the
 * characters of that field's text), why it matters and what to write instead. Immutable.
 *
 * @param rule       the rule's id ("blame.person-failed"), stable across versions so it can be switched off
 * @param level      how serious, as SARIF grades it
 * @param field      the record's field ("analysis.rootCause.summary"), or "text" for a bare document
 * @param start      the first character of the span in the field's text, or -1 for the field as a whole
 * @param end        one past the span's last character, or -1
 * @param excerpt    the span's text, as written
 * @param why        what is wrong, in one sentence
 * @param suggestion what to write or do instead
 * @param replacement text that may stand in place of the span, applied in one click; empty when the fix needs the
 *                    author's own knowledge
 */
public record Finding(String rule, FindingLevel level, String field, int start, int end, String excerpt, String why,
                      String suggestion, String replacement) {

    /** A finding with no ready replacement. */
    public Finding(String rule, FindingLevel level, String field, int start, int end, String excerpt, String why,
                   String suggestion) {
        this(rule, level, field, start, end, excerpt, why, suggestion, "");
    }

    public Finding {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(level, "level is null");
        Objects.requireNonNull(field, "field is null");
        excerpt = excerpt == null ? "" : excerpt;
        replacement = replacement == null ? "" : replacement;
        if (start > end || start < -1) {
            throw new IllegalArgumentException("span " + start + ".." + end + " is not a span");
        }
    }

    /** The same finding at another level, as an organisation's settings may ask. */
    public Finding atLevel(FindingLevel other) {
        return new Finding(rule, other, field, start, end, excerpt, why, suggestion, replacement);
    }
}
