package dev.hindsight.web;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.Reviewer;
import dev.hindsight.review.workflow.Reviews;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident page's review panel: where the review stands, what making it final still needs (in the rules' own
 * words), each verdict with its date and revision, and the steps the signed-in person may take from here.
 *
 * @param status        "Draft", "In review", "Final"
 * @param finalNeeds    what the rules would refuse a change to final for (empty when nothing)
 * @param verdicts      each reviewer and their verdict
 * @param nominees      the rows of the request form: the reviewers named so far, else the roles that must approve
 * @param mine          true when the signed-in person is a named reviewer and the post-mortem is in review
 * @param topItemsOpen  the open items of the policy's most urgent priority (a waiver is asked for while any are)
 * @param mayWaive      whether the signed-in person may give that waiver
 * @param topLabel      the policy's word for its most urgent priority ("P0")
 * @param waiver        the waiver recorded when it was made final, if any
 * @param followUps     the dated follow-up reviews
 * @param knowledge     the knowledge-sharing checklist
 * @param meeting       the review meeting's day (YYYY-MM-DD), or empty
 */
public record ReviewPanel(String status, List<String> finalNeeds, List<Verdict> verdicts, List<Nominee> nominees,
                          boolean mine, List<String> topItemsOpen, boolean mayWaive, String topLabel,
                          FinalWaiver waiver, List<FollowUp> followUps, List<Check> knowledge, String meeting) {

    public record Verdict(String name, String account, String role, String state, String date, int revision,
                          boolean outdated, String comment, boolean mine) {
        public String stateLabel() {
            return switch (state) {
                case "lgtm" -> "Approved (LGTM)";
                case "changes_requested" -> "Changes requested";
                default -> "Not reviewed yet";
            };
        }
    }

    public record Nominee(String name, String account, String role) {
    }

    public record FollowUp(int index, String date, String focus, boolean done) {
    }

    public record Check(int index, String text, boolean done) {
    }

    static ReviewPanel of(PostMortem r, Reviews reviews, Conventions conventions, Principal reader) {
        List<Verdict> verdicts = new ArrayList<>();
        boolean mine = false;
        for (Reviewer v : r.reviewers()) {
            boolean own = v.isAnsweredBy(reader.user());
            mine |= own && r.status() == Status.IN_REVIEW;
            verdicts.add(new Verdict(v.name(), v.answeringAccount(), v.role(), v.state().code(),
                    v.date() == null ? "" : v.date().toString(), v.revision(), v.outdated(), v.comment(), own));
        }
        List<Nominee> nominees = new ArrayList<>();
        r.reviewers().forEach(v -> nominees.add(new Nominee(v.name(), v.account(), v.role())));
        for (String role : conventions.approvalPolicy().requiredRoles()) {
            if (r.reviewers().stream().noneMatch(v -> v.role().equalsIgnoreCase(role))) {
                nominees.add(new Nominee("", "", role));
            }
        }
        var policy = conventions.actionPolicy();
        List<String> top = r.actionItems().stream().filter(a -> a.isOpen() && a.priority() == policy.top())
                .map(ActionItem::key).toList();
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < r.followUpReviews().size(); i++) {
            FollowUpReview f = r.followUpReviews().get(i);
            followUps.add(new FollowUp(i, f.date().toString(), f.focus(), f.done()));
        }
        List<Check> knowledge = new ArrayList<>();
        for (int i = 0; i < r.knowledgeSharing().size(); i++) {
            ChecklistItem c = r.knowledgeSharing().get(i);
            knowledge.add(new Check(i, c.text(), c.done()));
        }
        List<String> needs = reviews.finalBlockers(r).stream().map(FieldProblem::problem).toList();
        return new ReviewPanel(r.status().label(), needs, verdicts, nominees, mine, top, reviews.mayWaive(r, reader),
                policy.label(policy.top()), r.finalWaiver(), followUps, knowledge,
                r.reviewMeeting().date() == null ? "" : r.reviewMeeting().date().toString());
    }

    public boolean isDraft() {
        return Status.DRAFT.label().equals(status);
    }

    public boolean inReview() {
        return Status.IN_REVIEW.label().equals(status);
    }

    public boolean isFinal() {
        return Status.FINAL.label().equals(status);
    }
}
