package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.StatusChange;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.review.FollowUpReview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the store keeps for itself when a record is saved: action items' keys, status histories, labels and due
 * dates from the organisation's policy; the review's follow-ups, next review date and knowledge-sharing checklist;
 * and, through {@link ReviewWorkflow}, which changes of status and verdict are allowed and by whom.
 * Stateless; thread-safe.
 */
final class FollowThrough {

    private static final Pattern KEY_NUMBER = Pattern.compile("(\\d+)$");

    private final Conventions conventions;
    private final ReviewWorkflow workflow;

    FollowThrough(Conventions conventions) {
        this.conventions = conventions;
        this.workflow = new ReviewWorkflow(conventions);
    }

    /**
     * The record to store for a change from {@code before} (null for a new incident) to {@code after}, made by
     * {@code actor} at {@code now}.
     *
     * @param incidentCreated when the incident was first stored (its due dates count from there until resolved)
     * @throws dev.hindsight.kernel.InvalidInput naming the field when the change is not allowed
     */
    PostMortem prepare(PostMortem before, PostMortem after, Principal actor, Instant now, Instant incidentCreated) {
        LocalDate today = LocalDate.ofInstant(now, conventions.timeZone());
        PostMortem record = after.toBuilder()
                .actionItems(items(before, after, actor.user(), now, incidentCreated)).build();
        if (before != null) {
            record = workflow.check(before, record, actor, now, today);
        } else if (!actor.seesEverything()) {
            record = asBroughtIn(record, actor, now);
        }
        return reviewSchedule(before, record, today);
    }

    private List<ActionItem> items(PostMortem before, PostMortem after, String actor, Instant now,
                                   Instant incidentCreated) {
        ActionPolicy policy = conventions.actionPolicy();
        Map<String, ActionItem> earlier = new HashMap<>();
        int highest = 0;
        if (before != null) {
            for (ActionItem item : before.actionItems()) {
                earlier.putIfAbsent(item.key(), item);
                highest = Math.max(highest, number(item.key()));
            }
        }
        for (ActionItem item : after.actionItems()) {
            highest = Math.max(highest, number(item.key()));
        }
        Instant clockStart = after.resolvedAt().orElse(incidentCreated);
        Set<String> used = new HashSet<>();
        List<ActionItem> out = new ArrayList<>();
        for (ActionItem item : after.actionItems()) {
            ActionItem next = item;
            if (next.key().isEmpty() || !used.add(next.key())) {
                next = next.withKey("AI-" + (++highest));
                used.add(next.key());
            }
            if (next.priority() == null) {
                var tier = policy.tierLabelled(next.priorityLabel());
                if (tier.isPresent()) {
                    next = new ActionItem(next.key(), next.title(), next.description(), next.owner(),
                            tier.get().priority(), next.dueDate(), next.status(), next.ticket(), next.team(),
                            next.kind(), next.priorityLabel(), next.history());
                }
            }
            if (next.priorityLabel().isEmpty() && next.priority() != null) {
                next = next.withPriorityLabel(policy.label(next.priority()));
            }
            ActionItem was = earlier.get(next.key());
            if (was == null) {
                if (next.dueDate() == null && next.priority() != null) {
                    next = next.withDueDate(policy.latestDue(next.priority(), clockStart, conventions.timeZone())
                            .orElse(null));
                }
                // The history is the store's: a new item starts it, unless a whole record brings its own (a restore
                // or an import of Hindsight's own JSON).
                if (before != null || next.history().isEmpty()) {
                    next = next.withHistory(List.of(new StatusChange(next.status(), actor, now)));
                }
            } else {
                List<StatusChange> history = new ArrayList<>(was.history());
                if (was.status() != next.status() || history.isEmpty()) {
                    history.add(new StatusChange(next.status(), actor, now));
                }
                next = next.withHistory(bounded(history));
            }
            out.add(next);
        }
        return out;
    }

    /**
     * A new record from someone other than the operator (an import or an API create) keeps the status and verdicts it
     * states as the past it records: each verdict is marked as read from the document (revision 0), so it approves
     * nothing here; a waiver it brings is recorded as the creator's, now; and items' histories start now, by them.
     */
    private static PostMortem asBroughtIn(PostMortem record, Principal actor, Instant now) {
        List<dev.hindsight.review.Reviewer> reviewers = record.reviewers().stream()
                .map(r -> new dev.hindsight.review.Reviewer(r.name(), r.role(), r.state(), r.date(), r.account(),
                        r.comment(), 0, false)).toList();
        List<ActionItem> items = record.actionItems().stream()
                .map(a -> a.withHistory(List.of(new StatusChange(a.status(), actor.user(), now)))).toList();
        dev.hindsight.review.FinalWaiver waiver = record.finalWaiver() == null ? null
                : new dev.hindsight.review.FinalWaiver(record.finalWaiver().reason(), actor.user(), now);
        return record.toBuilder().reviewers(reviewers).actionItems(items).finalWaiver(waiver).build();
    }

    /** Follow-ups on the cadence, the next review date and the checklist, once a review starts. */
    private PostMortem reviewSchedule(PostMortem before, PostMortem record, LocalDate today) {
        PostMortemBuilder b = record.toBuilder();
        boolean reviewStarts = record.status() == Status.IN_REVIEW
                && (before == null || before.status() == Status.DRAFT);
        if (reviewStarts && record.followUpReviews().isEmpty()) {
            // From the review meeting; a document brought in already in review counts from the day it was written,
            // not the day it was imported.
            LocalDate start = record.reviewMeeting().date() != null ? record.reviewMeeting().date()
                    : before == null && record.dateWritten() != null ? record.dateWritten() : today;
            b.followUpReviews(conventions.reviewCadence().from(start));
        }
        if (reviewStarts && record.knowledgeSharing().isEmpty() && before != null) {
            b.knowledgeSharing(conventions.knowledgeSharing().stream().map(t -> new ChecklistItem(t, false)).toList());
        }
        PostMortem built = b.build();
        if (!built.followUpReviews().isEmpty()) {
            // The earliest follow-up not yet held; none once every one is held.
            b.nextReviewDate(built.followUpReviews().stream().filter(f -> !f.done()).map(FollowUpReview::date)
                    .min(LocalDate::compareTo).orElse(null));
        }
        if (record.status() != Status.FINAL) {
            b.finalWaiver(null);
        }
        return b.build();
    }

    /** Status changes kept per item: the first (when it was recorded) and the newest, never more than the rules allow. */
    static final int HISTORY_KEPT = 500;

    private static List<StatusChange> bounded(List<StatusChange> history) {
        if (history.size() <= HISTORY_KEPT) {
            return history;
        }
        List<StatusChange> kept = new ArrayList<>();
        kept.add(history.get(0));
        kept.addAll(history.subList(history.size() - (HISTORY_KEPT - 1), history.size()));
        return kept;
    }

    private static int number(String key) {
        Matcher m = KEY_NUMBER.matcher(key);
        if (!m.find() || m.group(1).length() > 6) {
            return 0;
        }
        return Integer.parseInt(m.group(1));
    }
}
