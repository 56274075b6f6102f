package dev.hindsight.lint;

import java.time.Instant;
import java.util.Objects;

/**
 * A finding dismissed on one record, with the reason, and whether it was later reinstated. Kept when reinstated, so
 * the incident's history says who dismissed what, when and why. Immutable.
 *
 * <p>A dismissal stands for the finding with its rule, field and excerpt: it survives edits elsewhere in the record
 * and stops matching when the sentence is rewritten. For a span of text the field is compared without its list
 * positions ({@code timeline[3].text} as {@code timeline[].text}), so adding a timeline entry above the sentence does
 * not bring the finding back; a finding on a whole field (no excerpt, such as an action item without an owner) is
 * compared with its position, so dismissing one item's finding leaves the others'.
 *
 * @param incidentId   the incident
 * @param number       1, 2, 3... within the incident
 * @param rule         the finding's rule id
 * @param field        the finding's field, as the finding gave it
 * @param excerpt      the finding's span of text, empty for a finding on a whole field
 * @param reason       why it does not apply here
 * @param dismissedBy  who dismissed it
 * @param dismissedAt  when
 * @param reinstatedBy who reinstated it, or null while it stands
 * @param reinstatedAt when, or null
 */
public record Dismissal(String incidentId, int number, String rule, String field, String excerpt, String reason,
                        String dismissedBy, Instant dismissedAt, String reinstatedBy, Instant reinstatedAt) {

    /** Characters in a reason; a sentence or two is what is wanted. */
    public static final int MAX_REASON = 1_000;
    /** Characters in an excerpt: a sentence, as a finding quotes it. */
    public static final int MAX_EXCERPT = 2_000;
    /** Characters in a field's path. */
    public static final int MAX_FIELD = 300;

    public Dismissal {
        Objects.requireNonNull(incidentId, "incidentId is null");
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(field, "field is null");
        excerpt = excerpt == null ? "" : excerpt;
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(dismissedAt, "dismissedAt is null");
    }

    /** Whether it still stands (was not reinstated). */
    public boolean standing() {
        return reinstatedAt == null;
    }

    /** Whether it stands for this finding (see the class's note on fields). */
    public boolean matches(Finding finding) {
        return matches(rule, field, excerpt, finding);
    }

    /** Whether a finding is the one named by a rule, field and excerpt (see the class's note on fields). */
    public static boolean matches(String rule, String field, String excerpt, Finding finding) {
        if (!rule.equals(finding.rule())) {
            return false;
        }
        String said = spaced(excerpt);
        if (!said.equals(spaced(finding.excerpt()))) {
            return false;
        }
        return said.isEmpty() ? field.equals(finding.field()) : unindexed(field).equals(unindexed(finding.field()));
    }

    /** The text with its runs of white space made one space: re-wrapping a paragraph changes no sentence. */
    static String spaced(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String unindexed(String field) {
        return field.replaceAll("\\[\\d+]", "[]");
    }
}
