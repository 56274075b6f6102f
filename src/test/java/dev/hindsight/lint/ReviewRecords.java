package dev.hindsight.lint;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records built for the rules' tests: small, with only what each test is about. */
public final class ReviewRecords {

    private ReviewRecords() {
    }

    /** A draft with one well-formed action item and nothing else. */
    public static PostMortem draft(String title) {
        return PostMortem.draft(title).toBuilder().actionItems(List.of(item("Alert on certificate expiry",
                Priority.P1, LocalDate.parse("2026-03-20")))).build();
    }

    public static ActionItem item(String title, Priority priority, LocalDate due) {
        return ActionItem.of(title, "priya", priority, due);
    }

    public static ActionItem done(String title) {
        return new ActionItem(null, title, null, "priya", Priority.P1, null, ActionStatus.DONE, null);
    }

    /** A timeline of milestones at the given UTC times ("2026-03-08T01:40:00Z", EventKind...), in any order. */
    public static Timeline timeline(Object... timesAndKinds) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < timesAndKinds.length; i += 2) {
            EventKind kind = (EventKind) timesAndKinds[i + 1];
            events.add(TimelineEvent.milestone(Instant.parse((String) timesAndKinds[i]), kind, kind.label()));
        }
        return new Timeline(events);
    }
}
