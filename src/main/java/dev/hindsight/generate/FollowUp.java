package dev.hindsight.generate;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.actions.StatusChange;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Status;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened after a synthetic incident, as of the day the store is generated for: where its review got to
 * (most older post-mortems are final; recent ones are drafts or in review), its reviewers' verdicts, and its action
 * items with the history a store keeps, so older incidents' items are mostly done and some are overdue.
 *
 * @param resolved when the incident was resolved
 * @param written  when the post-mortem was first written
 * @param now      the moment the store is generated for: nothing happens after it
 */
record FollowUp(Conventions conventions, WordPools pools, Odds odds, ZoneId zone, Instant resolved, Instant written,
                Instant now) {

    /** A share of action items nobody ever finishes, whatever their age. */
    private static final double NEVER_DONE = 0.12;

    Status status() {
        long age = Duration.between(resolved, now).toDays();
        double draw = odds.unit();
        if (age < 7) {
            return draw < 0.6 ? Status.DRAFT : Status.IN_REVIEW;
        }
        if (age < 30) {
            return draw < 0.15 ? Status.DRAFT : draw < 0.5 ? Status.IN_REVIEW : Status.FINAL;
        }
        return draw < 0.04 ? Status.DRAFT : draw < 0.08 ? Status.IN_REVIEW : Status.FINAL;
    }

    /** The review meeting, a few days after writing, if it has been held by now (drafts have none). */
    ReviewMeeting meeting(Status status, List<WordPools.Person> responders) {
        LocalDate date = day(written).plusDays(odds.between(1, 7));
        if (status == Status.DRAFT || date.isAfter(day(now))) {
            return ReviewMeeting.none();
        }
        List<ReviewMeeting.Attendee> attendees = responders.stream()
                .map(p -> new ReviewMeeting.Attendee(p.name(), "")).toList();
        return new ReviewMeeting(date, attendees, List.of(), List.of());
    }

    /** The approvers: all approved on a final post-mortem; mixed while in review; none on a draft. */
    List<Reviewer> reviewers(Status status, LocalDate reviewed, List<WordPools.Person> responders) {
        if (status == Status.DRAFT) {
            return List.of();
        }
        List<Reviewer> out = new ArrayList<>();
        for (int i = 0; i < pools.approverRoles().size(); i++) {
            String role = conventions.role(pools.approverRoles().get(i)).orElse(pools.approverRoles().get(i));
            WordPools.Person person = i < responders.size() && i < 2 ? responders.get(i) : manager();
            ReviewState state = status == Status.FINAL ? ReviewState.LGTM
                    : odds.chance(0.1) ? ReviewState.CHANGES_REQUESTED
                    : odds.chance(0.4) ? ReviewState.LGTM : ReviewState.NOT_REVIEWED;
            LocalDate on = state == ReviewState.NOT_REVIEWED ? null : reviewed;
            out.add(new Reviewer(person.name(), role, state, on, person.account(), "",
                    state == ReviewState.NOT_REVIEWED ? 0 : 1, false));
        }
        return out;
    }

    /** The follow-up reviews on the organisation's cadence, held when their day has passed on a final review. */
    List<FollowUpReview> followUps(Status status, LocalDate start) {
        if (status == Status.DRAFT) {
            return List.of();
        }
        return conventions.reviewCadence().from(start).stream()
                .map(f -> status == Status.FINAL && f.date().isBefore(day(now)) ? f.held() : f).toList();
    }

    List<ChecklistItem> knowledgeSharing(Status status) {
        if (status == Status.DRAFT) {
            return List.of();
        }
        return conventions.knowledgeSharing().stream()
                .map(t -> new ChecklistItem(t, status == Status.FINAL && odds.chance(0.8))).toList();
    }

    /** Why a final post-mortem still has top-priority items open, when it does. */
    FinalWaiver waiver(Status status, List<ActionItem> items, String by, Instant at) {
        Priority top = conventions.actionPolicy().top();
        boolean open = items.stream().anyMatch(a -> a.isOpen() && a.priority() == top);
        return status == Status.FINAL && open
                ? new FinalWaiver(pools.waiverReason(), by, at)
                : null;
    }

    /**
     * The action items, keyed, labelled and dated as the store would, each with the status history it had by now.
     */
    List<ActionItem> actionItems(Wording words, List<WordPools.Person> owners, int count) {
        ActionPolicy policy = conventions.actionPolicy();
        List<ActionItem> items = new ArrayList<>(count);
        List<WordPools.ActionIdea> ideas = odds.distinct(pools.actions(), idea -> 1, count);
        for (int i = 0; i < ideas.size(); i++) {
            WordPools.ActionIdea idea = ideas.get(i);
            Priority priority = priority();
            LocalDate due = policy.latestDue(priority, resolved, zone).orElse(day(resolved).plusDays(30));
            if (odds.chance(0.3)) {
                due = due.minusDays(odds.between(0, (int) Math.max(0, due.toEpochDay() - day(written).toEpochDay())));
            }
            WordPools.Person owner = odds.pick(owners);
            items.add(new ActionItem("AI-" + (i + 1), words.fill(idea.title()), "", owner.name(), priority, due,
                    null, "OPS-" + odds.between(100, 9999), owner.team(), ActionKind.valueOf(idea.kind()
                    .toUpperCase(java.util.Locale.ROOT)), policy.label(priority), List.of())
                    .withHistory(history(owner.account(), due)));
        }
        return items.stream().map(FollowUp::settled).toList();
    }

    /** The latest moment anything in the record changed: its own status or one of its items. */
    Instant lastChange(Instant statusChanged, List<ActionItem> items) {
        Instant latest = statusChanged;
        for (ActionItem item : items) {
            Instant last = item.history().get(item.history().size() - 1).at();
            latest = last.isAfter(latest) ? last : latest;
        }
        return latest.isAfter(now) ? now : latest;
    }

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private Priority priority() {
        double draw = odds.unit();
        return draw < 0.15 ? Priority.P0 : draw < 0.5 ? Priority.P1 : Priority.P2;
    }

    /**
     * Opened when the post-mortem was written; work starts and finishes after a skewed delay around the due date,
     * and only what has happened by now is recorded.
     */
    private List<StatusChange> history(String owner, LocalDate due) {
        List<StatusChange> changes = new ArrayList<>(3);
        changes.add(new StatusChange(ActionStatus.OPEN, owner, written));
        long window = Math.max(1, Duration.between(written, due.atStartOfDay(zone).toInstant()).toDays());
        long minutesToFinish = odds.chance(NEVER_DONE) ? -1 : (long) (odds.logNormal(window * 0.8 + 1, 0.9) * 24 * 60);
        Instant finished = minutesToFinish < 0 ? null : written.plus(Duration.ofMinutes(minutesToFinish));
        // Work starts in the first half of the time it takes (or of the window, for work never finished).
        long before = minutesToFinish < 0 ? window * 24 * 60 : minutesToFinish;
        Instant started = written.plus(Duration.ofMinutes((long) (odds.unit() * 0.5 * before)));
        if (!started.isAfter(now) && odds.chance(0.6)) {
            changes.add(new StatusChange(ActionStatus.IN_PROGRESS, owner, started));
        }
        if (finished != null && !finished.isAfter(now)) {
            changes.add(new StatusChange(ActionStatus.DONE, owner, finished));
        }
        return changes;
    }

    /** The item's status is the last one its history reached. */
    private static ActionItem settled(ActionItem item) {
        ActionStatus status = item.history().get(item.history().size() - 1).status();
        return new ActionItem(item.key(), item.title(), item.description(), item.owner(), item.priority(),
                item.dueDate(), status, item.ticket(), item.team(), item.kind(), item.priorityLabel(), item.history());
    }

    private WordPools.Person manager() {
        List<WordPools.Person> managers = pools.people().stream()
                .filter(p -> p.team().equals(pools.managersTeam())).toList();
        return odds.pick(managers.isEmpty() ? pools.people() : managers);
    }
}
