package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.review.ApprovalPolicy;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The review's rules, checked on every change to a stored post-mortem however it arrives (page, API, command
 * line): draft → in review → final, back to draft to withdraw or reopen; a review names reviewers for every role
 * that must approve; final needs every required approval, no changes requested, and no open item of the policy's
 * most urgent priority unless someone allowed to records why; only the reviewer's own account records their
 * verdict; a change to what was reviewed marks earlier verdicts as given to an older revision.
 * Stateless; thread-safe.
 */
final class ReviewWorkflow {

    private final Conventions conventions;

    ReviewWorkflow(Conventions conventions) {
        this.conventions = conventions;
    }

    PostMortem check(PostMortem before, PostMortem after, Principal actor, Instant now, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Reviewer> reviewers = verdicts(before, after, actor, today, problems);
        PostMortem record = after.toBuilder().reviewers(reviewers).build();
        transition(before, record, problems);
        reviewersKept(before, record, problems);
        FinalWaiver waiver = waiver(before, record, actor, now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return record.toBuilder().finalWaiver(waiver).build();
    }

    /** Who may record which verdict, with the date and revision stamped; earlier verdicts outdated by a change. */
    private List<Reviewer> verdicts(PostMortem before, PostMortem after, Principal actor, LocalDate today,
                                    List<FieldProblem> problems) {
        Map<String, Reviewer> earlier = new HashMap<>();
        before.reviewers().forEach(r -> earlier.putIfAbsent(r.seat(), r));
        boolean contentChanged = reviewedContentChanged(before, after);
        List<Reviewer> out = new ArrayList<>();
        for (int i = 0; i < after.reviewers().size(); i++) {
            Reviewer r = after.reviewers().get(i);
            Reviewer was = earlier.get(r.seat());
            // Giving the same verdict again on an outdated one renews it: the reviewer has looked at the change. A
            // renewal comes without a date (the store stamps it); a document read back in still carries the date of
            // the verdict it records, and keeps the stored verdict as it was.
            boolean verdictGiven = was == null ? r.state() != ReviewState.NOT_REVIEWED
                    : was.state() != r.state() || !was.comment().equals(r.comment())
                    || (was.outdated() && !r.outdated() && r.date() == null && r.state() != ReviewState.NOT_REVIEWED);
            if (!verdictGiven) {
                Reviewer kept = was == null ? r : new Reviewer(r.name(), r.role(), was.state(), was.date(), r.account(),
                        was.comment(), was.revision(), was.outdated());
                out.add(contentChanged && kept.state() != ReviewState.NOT_REVIEWED ? kept.markedOutdated() : kept);
                continue;
            }
            String field = "reviewers[" + i + "].state";
            if (!actor.seesEverything() && !r.isAnsweredBy(actor.user())) {
                problems.add(new FieldProblem(field, "only " + r.answeringAccount() + " may record their own "
                        + "verdict; you are signed in as " + actor.user()));
            } else if (r.state() != ReviewState.NOT_REVIEWED && after.status() != Status.IN_REVIEW) {
                problems.add(new FieldProblem(field, "verdicts are recorded while the post-mortem is in review; "
                        + "it is " + after.status().label().toLowerCase(Locale.ROOT)));
            }
            out.add(r.withVerdict(r.state(), r.state() == ReviewState.NOT_REVIEWED ? null : today, r.comment(),
                    after.revision()));
        }
        return out;
    }

    private void transition(PostMortem before, PostMortem after, List<FieldProblem> problems) {
        Status from = before.status();
        Status to = after.status();
        if (from == to) {
            return;
        }
        ApprovalPolicy policy = conventions.approvalPolicy();
        if (from == Status.DRAFT && to == Status.FINAL) {
            problems.add(new FieldProblem("status", "a draft cannot be made final directly: request a review "
                    + "first (status in_review, naming the reviewers)"));
        } else if (to == Status.IN_REVIEW && from == Status.DRAFT) {
            if (after.reviewers().isEmpty()) {
                problems.add(new FieldProblem("reviewers", "name at least one reviewer to request a review"));
            }
            for (String role : missingRoles(after, policy, false)) {
                problems.add(new FieldProblem("reviewers", "no reviewer in the role " + role + ", which must "
                        + "approve; name one"));
            }
        } else if (to == Status.FINAL) {
            if (after.reviewers().isEmpty()) {
                problems.add(new FieldProblem("status", "cannot be final: nobody has reviewed it"));
            }
            if (!keys(before.reviewers()).equals(keys(after.reviewers()))) {
                problems.add(new FieldProblem("reviewers", "change the reviewers and make it final in separate "
                        + "steps, so the reviewers who approve are the ones named"));
            }
            for (String role : missingRoles(after, policy, true)) {
                problems.add(new FieldProblem("status", "cannot be final: no " + (policy.renewAfterChange()
                        ? "current " : "") + "approval from the " + role));
            }
            if (policy.requiredRoles().isEmpty()) {
                after.reviewers().stream().filter(r -> !r.approves(policy.renewAfterChange()))
                        .forEach(r -> problems.add(new FieldProblem("status", "cannot be final: " + r.name()
                                + " has not approved" + (r.outdated() ? " the current revision" : ""))));
            }
            // An outdated "changes requested" still stands when approvals need not be renewed: an edit alone does
            // not answer it.
            after.reviewers().stream().filter(r -> r.state() == ReviewState.CHANGES_REQUESTED
                            && (!r.outdated() || !policy.renewAfterChange()))
                    .forEach(r -> problems.add(new FieldProblem("status", "cannot be final: " + r.name()
                            + " requested changes")));
        }
        // in review → draft (withdrawn) and final → draft or in review (reopened) are always allowed: a post-mortem
        // is a living document.
    }

    /**
     * Required roles with no reviewer; or, when {@code approved}, a role some reviewer in it has not approved: every
     * reviewer named in a required role must approve, so naming oneself beside the real approver adds nothing.
     */
    private static List<String> missingRoles(PostMortem record, ApprovalPolicy policy, boolean approved) {
        return policy.requiredRoles().stream().filter(role -> {
            List<Reviewer> inRole = record.reviewers().stream().filter(r -> ApprovalPolicy.sameRole(r.role(), role))
                    .toList();
            return inRole.isEmpty() || approved && !inRole.stream().allMatch(r -> r.approves(policy.renewAfterChange()));
        }).toList();
    }

    private static java.util.Set<String> keys(List<Reviewer> reviewers) {
        return reviewers.stream().map(Reviewer::seat).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * While in review the reviewers named stay: one may be added, but none removed or pointed at another account
     * until the review is withdrawn, so nobody swaps out the person who must approve, or who asked for changes.
     */
    private static void reviewersKept(PostMortem before, PostMortem after, List<FieldProblem> problems) {
        if (before.status() != Status.IN_REVIEW || after.status() == Status.DRAFT) {
            return;
        }
        java.util.Set<String> now = keys(after.reviewers());
        for (Reviewer r : before.reviewers()) {
            if (!now.contains(r.seat())) {
                problems.add(new FieldProblem("reviewers", r.name() + " (" + r.answeringAccount() + ", " + r.role()
                        + ") cannot be removed or changed while the review is open; withdraw it to change who "
                        + "reviews"));
            }
        }
    }

    /** A waiver is needed to make it final with top-priority items open, and only some may give one. */
    private FinalWaiver waiver(PostMortem before, PostMortem after, Principal actor, Instant now,
                               List<FieldProblem> problems) {
        if (after.status() != Status.FINAL) {
            return null;
        }
        boolean becomesFinal = before.status() != Status.FINAL;
        List<ActionItem> urgent = after.actionItems().stream()
                .filter(a -> a.isOpen() && a.priority() == conventions.actionPolicy().top()).toList();
        FinalWaiver asked = after.finalWaiver();
        if (!becomesFinal) {
            return Objects.equals(asked, before.finalWaiver()) || asked == null ? before.finalWaiver()
                    : refuse(problems, "finalWaiver", "is recorded when the post-mortem is made final");
        }
        if (urgent.isEmpty()) {
            return null;
        }
        String label = conventions.actionPolicy().label(conventions.actionPolicy().top());
        if (asked == null || asked.reason().isBlank()) {
            problems.add(new FieldProblem("status", "cannot be final while " + urgent.size() + " " + label
                    + " action item" + (urgent.size() == 1 ? " is" : "s are") + " open (" + String.join(", ",
                    urgent.stream().map(ActionItem::key).toList()) + "); finish " + (urgent.size() == 1 ? "it" : "them")
                    + ", or have someone allowed to record why it may be final anyway (finalWaiver.reason)"));
            return null;
        }
        // Judged on the reviewers as they stood before this change: naming oneself in a waiver role in the same
        // change must not grant the right.
        if (!mayWaive(before, actor)) {
            return refuse(problems, "finalWaiver", "may be recorded only by an administrator or a reviewer in the role "
                    + String.join(" or ", conventions.approvalPolicy().waiverRoles()));
        }
        if (asked.reason().length() > 2000) {
            return refuse(problems, "finalWaiver.reason", "is " + asked.reason().length() + " characters; at most 2000");
        }
        return new FinalWaiver(asked.reason(), actor.user(), now);
    }

    /** Whether {@code actor} may make {@code record} final with top-priority items open, recording why. */
    boolean mayWaive(PostMortem record, Principal actor) {
        return actor.admin() || actor.seesEverything() || record.reviewers().stream()
                .anyMatch(r -> r.isAnsweredBy(actor.user()) && conventions.approvalPolicy().mayWaive(r.role()));
    }

    /**
     * What keeps {@code record} from being made final now, in the words a refusal would use (empty: nothing).
     * Asked as a change to final with no waiver, so open top-priority items are listed too.
     */
    List<FieldProblem> finalBlockers(PostMortem record) {
        if (record.status() == Status.FINAL) {
            return List.of();
        }
        PostMortem asFinal = record.toBuilder().status(Status.FINAL).finalWaiver(null).build();
        List<FieldProblem> problems = new ArrayList<>();
        transition(record, asFinal, problems);
        waiver(record, asFinal, Principal.operator(), Instant.EPOCH, problems);
        return problems;
    }

    private static FinalWaiver refuse(List<FieldProblem> problems, String field, String problem) {
        problems.add(new FieldProblem(field, problem));
        return null;
    }

    /** What reviewers approve: the account of what happened and why. Status, reviewers and items' progress are not. */
    private static boolean reviewedContentChanged(PostMortem before, PostMortem after) {
        return !before.analysis().equals(after.analysis()) || !before.timeline().equals(after.timeline())
                || !before.impact().equals(after.impact()) || !Objects.equals(before.severity(), after.severity());
    }

}
