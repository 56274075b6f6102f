package dev.hindsight.review.workflow;

import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The review's steps as operations: request a review, give a verdict, make final, reopen, withdraw, tick the
 * knowledge-sharing checklist, hold a follow-up, schedule the meeting. Each reads the record as its caller may see
 * it, changes what the step changes, and saves it as one new revision based on the revision the caller saw: a
 * stale one is refused ({@link StaleRevision}) and nothing is saved. Whether the step is allowed (who may give
 * which verdict, what final needs) is decided by the rules every write goes through, not here.
 * The command line, the API and the pages all call this. Thread-safe.
 */
public final class Reviews {

    /** Most reviewers one review names; real reviews name a handful. */
    static final int REVIEWERS_MAX = 50;
    /** Most attendees and discussion points a meeting records. */
    static final int MEETING_ITEMS_MAX = 200;
    /** The longest name of a person in a review (the editor's check of a row's name keeps to it too). */
    public static final int NAME_MAX = 200;
    /** The longest reason or verdict comment, in characters (the editor's check of a comment keeps to it too). */
    public static final int REASON_MAX = 2000;

    private final Incidents incidents;
    private final Clock clock;

    public Reviews(Incidents incidents, Clock clock) {
        this.incidents = Objects.requireNonNull(incidents, "incidents is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** A reviewer to name: who, the account that answers for them (empty: the name), and the role they approve in. */
    public record Nominee(String name, String account, String role) {
        public Nominee {
            name = name == null ? "" : name.strip();
            account = account == null ? "" : account.strip();
            role = role == null ? "" : role.strip();
        }
    }

    /** What the record still needs before it can be made final, in the rules' words (empty: nothing). */
    public List<FieldProblem> finalBlockers(PostMortem record) {
        return incidents.finalBlockers(record);
    }

    /** Whether {@code by} may make the record final with top-priority items open, saying why. */
    public boolean mayWaive(PostMortem record, Principal by) {
        return incidents.mayWaive(record, by);
    }

    /**
     * Names the reviewers and puts the draft in review. A reviewer named again keeps the verdict they gave before
     * (only they may change it); anyone not named is dropped.
     *
     * @param meetingDate the review meeting's day, when known (follow-ups count from it)
     */
    public PostMortem requestReview(Principal by, String id, int basedOn, List<Nominee> nominees, LocalDate meetingDate) {
        PostMortem current = current(by, id, basedOn);
        if (current.status() != Status.DRAFT) {
            throw InvalidInput.of("status", "is " + words(current.status()) + "; a review is requested for a draft"
                    + (current.status() == Status.FINAL ? " (reopen it first)" : " (withdraw it first to change it)"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (nominees.size() > REVIEWERS_MAX) {
            problems.add(new FieldProblem("reviewers", "names " + nominees.size() + " reviewers; at most "
                    + REVIEWERS_MAX));
        }
        Map<String, Reviewer> earlier = new HashMap<>();
        current.reviewers().forEach(r -> earlier.putIfAbsent(key(r.answeringAccount(), r.role()), r));
        List<Reviewer> reviewers = new ArrayList<>();
        for (int i = 0; i < Math.min(nominees.size(), REVIEWERS_MAX); i++) {
            Nominee n = nominees.get(i);
            String field = "reviewers[" + i + "]";
            if (n.name().isEmpty()) {
                problems.add(new FieldProblem(field + ".name", "is required"));
            }
            bounded(field + ".name", n.name(), problems);
            bounded(field + ".account", n.account(), problems);
            bounded(field + ".role", n.role(), problems);
            Reviewer was = earlier.get(key(n.account().isEmpty() ? n.name() : n.account(), n.role()));
            reviewers.add(was == null ? new Reviewer(n.name(), n.role(), ReviewState.NOT_REVIEWED, null, n.account(),
                    null, 0, false) : new Reviewer(n.name(), n.role(), was.state(), was.date(), n.account(),
                    was.comment(), was.revision(), was.outdated()));
        }
        done(problems);
        var b = current.toBuilder().reviewers(reviewers).status(Status.IN_REVIEW);
        if (meetingDate != null) {
            ReviewMeeting m = current.reviewMeeting();
            b.reviewMeeting(new ReviewMeeting(meetingDate, m.attendees(), m.discussionPoints(), m.cadence()));
        }
        return save(by, id, basedOn, b.build());
    }

    /**
     * Records the verdict of {@code account} (null: the one signed in) on every reviewer entry that account answers
     * for. Only that account may (the operator at the command line may act for anyone); the rules refuse others.
     */
    public PostMortem recordVerdict(Principal by, String id, int basedOn, String account, ReviewState verdict,
                                    String comment) {
        PostMortem current = current(by, id, basedOn);
        if (verdict == null || verdict == ReviewState.NOT_REVIEWED) {
            throw InvalidInput.of("verdict", "must be lgtm or changes_requested");
        }
        String said = comment == null ? "" : comment.strip();
        if (said.length() > REASON_MAX) {
            throw InvalidInput.of("comment", "is " + said.length() + " characters; at most " + REASON_MAX);
        }
        String who = account == null || account.isBlank() ? by.user() : account.strip();
        List<Reviewer> reviewers = new ArrayList<>();
        boolean named = false;
        for (Reviewer r : current.reviewers()) {
            if (r.isAnsweredBy(who)) {
                named = true;
                // No date: the store stamps today's, and a verdict without one renews an outdated approval.
                reviewers.add(new Reviewer(r.name(), r.role(), verdict, null, r.account(), said, r.revision(),
                        false));
            } else {
                reviewers.add(r);
            }
        }
        if (!named) {
            throw InvalidInput.of("reviewers", who + " is not a reviewer of " + id + "; ask whoever requested the "
                    + "review to name them");
        }
        return save(by, id, basedOn, current.toBuilder().reviewers(reviewers).build());
    }

    /**
     * Makes the post-mortem final. With top-priority action items open, {@code waiverReason} says why it may be
     * final anyway; only an administrator or a reviewer in a waiving role may give one.
     */
    public PostMortem makeFinal(Principal by, String id, int basedOn, String waiverReason) {
        PostMortem current = current(by, id, basedOn);
        if (current.status() == Status.FINAL) {
            throw InvalidInput.of("status", "is final already");
        }
        FinalWaiver waiver = waiverReason == null || waiverReason.isBlank() ? null
                : new FinalWaiver(waiverReason, by.user(), clock.instant());
        return save(by, id, basedOn, current.toBuilder().status(Status.FINAL).finalWaiver(waiver).build());
    }

    /**
     * Reopens a final post-mortem as a draft. The reason goes into the communication log, dated and signed, so
     * whoever reads it later knows why the record changed after it was final.
     */
    public PostMortem reopen(Principal by, String id, int basedOn, String reason) {
        PostMortem current = current(by, id, basedOn);
        String why = reason == null ? "" : reason.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (current.status() != Status.FINAL) {
            problems.add(new FieldProblem("status", "is " + words(current.status()) + "; only a final post-mortem "
                    + "is reopened"));
        }
        if (why.isEmpty()) {
            problems.add(new FieldProblem("reason", "is required: say why it is reopened"));
        } else if (why.length() > REASON_MAX) {
            problems.add(new FieldProblem("reason", "is " + why.length() + " characters; at most " + REASON_MAX));
        }
        done(problems);
        Communication c = current.communication();
        List<Communication.Message> log = new ArrayList<>(c.log());
        log.add(new Communication.Message(clock.instant(), "Hindsight", false, "Reopened by " + by.user() + ": "
                + why));
        return save(by, id, basedOn, current.toBuilder().status(Status.DRAFT)
                .communication(c.toBuilder().log(log).build()).build());
    }

    /** Takes a post-mortem out of review, back to draft; verdicts given so far stay. */
    public PostMortem withdraw(Principal by, String id, int basedOn) {
        PostMortem current = current(by, id, basedOn);
        if (current.status() != Status.IN_REVIEW) {
            throw InvalidInput.of("status", "is " + words(current.status()) + "; only a post-mortem in review is "
                    + "withdrawn");
        }
        return save(by, id, basedOn, current.toBuilder().status(Status.DRAFT).build());
    }

    /** Ticks (or unticks) one line of the knowledge-sharing checklist. */
    public PostMortem tickKnowledgeSharing(Principal by, String id, int basedOn, int index, boolean done) {
        PostMortem current = current(by, id, basedOn);
        List<ChecklistItem> items = new ArrayList<>(current.knowledgeSharing());
        if (index < 0 || index >= items.size()) {
            throw InvalidInput.of("knowledgeSharing[" + index + "]", "there is no such line; the checklist has "
                    + items.size());
        }
        items.set(index, new ChecklistItem(items.get(index).text(), done));
        return save(by, id, basedOn, current.toBuilder().knowledgeSharing(items).build());
    }

    /** Sets the whole knowledge-sharing checklist at once: the lines in {@code ticked} (by index) done, the rest not. */
    public PostMortem shareKnowledge(Principal by, String id, int basedOn, java.util.Set<Integer> ticked) {
        PostMortem current = current(by, id, basedOn);
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < current.knowledgeSharing().size(); i++) {
            items.add(new ChecklistItem(current.knowledgeSharing().get(i).text(), ticked.contains(i)));
        }
        ticked.stream().filter(i -> i < 0 || i >= items.size()).findFirst().ifPresent(i -> {
            throw InvalidInput.of("knowledgeSharing[" + i + "]", "there is no such line; the checklist has "
                    + items.size());
        });
        return save(by, id, basedOn, current.toBuilder().knowledgeSharing(items).build());
    }

    /** Marks one follow-up review as held; the next review date moves to the next one not held. */
    public PostMortem followUpHeld(Principal by, String id, int basedOn, int index) {
        PostMortem current = current(by, id, basedOn);
        List<FollowUpReview> followUps = new ArrayList<>(current.followUpReviews());
        if (index < 0 || index >= followUps.size()) {
            throw InvalidInput.of("followUpReviews[" + index + "]", "there is no such follow-up; there are "
                    + followUps.size());
        }
        followUps.set(index, followUps.get(index).held());
        return save(by, id, basedOn, current.toBuilder().followUpReviews(followUps).build());
    }

    /** Sets the review meeting's day, who attends and what is to be discussed; the agreed cadence stays. */
    public PostMortem scheduleMeeting(Principal by, String id, int basedOn, LocalDate date,
                                      List<ReviewMeeting.Attendee> attendees, List<String> discussionPoints) {
        PostMortem current = current(by, id, basedOn);
        List<FieldProblem> problems = new ArrayList<>();
        List<ReviewMeeting.Attendee> people = attendees == null ? List.of() : attendees;
        List<String> points = discussionPoints == null ? List.of() : discussionPoints;
        if (date == null) {
            problems.add(new FieldProblem("date", "is required (YYYY-MM-DD)"));
        }
        if (people.size() > MEETING_ITEMS_MAX) {
            problems.add(new FieldProblem("attendees", "has " + people.size() + "; at most " + MEETING_ITEMS_MAX));
        }
        if (points.size() > MEETING_ITEMS_MAX) {
            problems.add(new FieldProblem("discussionPoints", "has " + points.size() + "; at most "
                    + MEETING_ITEMS_MAX));
        }
        for (int i = 0; i < Math.min(people.size(), MEETING_ITEMS_MAX); i++) {
            ReviewMeeting.Attendee a = people.get(i);
            if (a == null || a.name().isEmpty()) {
                problems.add(new FieldProblem("attendees[" + i + "].name", "is required"));
            } else {
                bounded("attendees[" + i + "].name", a.name(), problems);
                bounded("attendees[" + i + "].role", a.role(), problems);
            }
        }
        done(problems);
        ReviewMeeting m = current.reviewMeeting();
        return save(by, id, basedOn, current.toBuilder()
                .reviewMeeting(new ReviewMeeting(date, people, points, m.cadence())).build());
    }

    /**
     * The record the step starts from, as {@code by} may see it; a stale {@code basedOn} is refused before
     * anything else, so the caller learns first that the record moved on.
     */
    private PostMortem current(Principal by, String id, int basedOn) {
        PostMortem current = incidents.as(by).get(id);
        if (current.revision() != basedOn) {
            throw new StaleRevision(basedOn, current);
        }
        return current;
    }

    private PostMortem save(Principal by, String id, int basedOn, PostMortem changed) {
        ReadersView view = incidents.as(by);
        return view.update(id, basedOn, changed, by.user());
    }

    private static void bounded(String field, String value, List<FieldProblem> problems) {
        if (value.length() > NAME_MAX) {
            problems.add(new FieldProblem(field, "is " + value.length() + " characters; at most " + NAME_MAX));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "must be a single line without control characters"));
        }
    }

    private static String words(Status status) {
        return status.label().toLowerCase(Locale.ROOT);
    }

    private static String key(String account, String role) {
        return account.toLowerCase(Locale.ROOT) + "\u0000" + role.toLowerCase(Locale.ROOT);
    }

    private static void done(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
