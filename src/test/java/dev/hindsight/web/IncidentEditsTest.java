package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms from the incident page applied to a record: times typed in a zone, rows kept, changed and removed. */
class IncidentEditsTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private final IncidentEdits edits = new IncidentEdits(Conventions.defaults());

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return form;
    }

    private static TimelineEvent event(String at, String text) {
        return new TimelineEvent(Instant.parse(at), LA, text, EventKind.NOTE, "priya", "slack");
    }

    private static PostMortem withTimeline(TimelineEvent... events) {
        return PostMortem.draft("Checkout 502s").toBuilder().timeZone(LA).timeline(new Timeline(List.of(events)))
                .build();
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInput) e).problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void timesTypedInTheFormAreReadInTheZoneTheReaderChose() {
        PostMortem changed = edits.apply(PostMortem.draft("Checkout 502s"), "timeline", form("zone", "America/Los_Angeles",
                "row.0.at", "2026-03-08T01:40", "row.0.kind", "detected", "row.0.text", "Pager fired",
                "row.1.at", "2026-03-08T01:44:30", "row.1.text", "Acknowledged in Slack",
                "row.2.at", "2026-03-08T12:00:00Z", "row.2.kind", "resolved", "row.2.text", "Fixed"));

        assertThat(changed.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-03-08T09:40:00Z"), Instant.parse("2026-03-08T09:44:30Z"),
                Instant.parse("2026-03-08T12:00:00Z"));
        assertThat(changed.timeline().events()).extracting(TimelineEvent::kind)
                .containsExactly(EventKind.DETECTED, EventKind.NOTE, EventKind.RESOLVED);
        assertThat(changed.timeline().events().get(0).zone()).isEqualTo(LA);
    }

    @Test
    void anUnchangedTimeInTheRepeatedFallBackHourKeepsItsInstant() {
        PostMortem current = withTimeline(event("2026-11-01T08:30:00Z", "First 01:30, daylight time"),
                event("2026-11-01T09:30:00Z", "Second 01:30, standard time"));

        PostMortem changed = edits.apply(current, "timeline", form("zone", "America/Los_Angeles",
                "row.0.orig", "0", "row.0.at", "2026-11-01T01:30", "row.0.text", "First 01:30, reworded",
                "row.1.orig", "1", "row.1.at", "2026-11-01T01:30", "row.1.text", "Second 01:30, reworded"));

        assertThat(changed.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-11-01T08:30:00Z"), Instant.parse("2026-11-01T09:30:00Z"));
        assertThat(changed.timeline().events()).extracting(TimelineEvent::text)
                .containsExactly("First 01:30, reworded", "Second 01:30, reworded");
        assertThat(changed.timeline().events()).extracting(TimelineEvent::author).containsOnly("priya");
    }

    @Test
    void aNewTimeInTheRepeatedHourMustSayWhichOneAndATimeThatNeverHappenedIsRefused() {
        PostMortem current = withTimeline(event("2026-11-01T09:30:00Z", "Second 01:30"));

        assertThatThrownBy(() -> edits.apply(current, "timeline", form("zone", "America/Los_Angeles",
                "row.0.orig", "0", "row.0.at", "2026-11-01T01:30", "row.0.text", "Second 01:30",
                "row.1.at", "2026-11-01T01:45", "row.1.text", "New, but which 01:45?",
                "row.2.at", "2026-03-08T02:30", "row.2.text", "Skipped by the clocks",
                "row.3.at", "", "row.3.text", "No time at all")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("timeline[1].at", "timeline[2].at",
                        "timeline[3].at"))
                .hasMessageContaining("twice").hasMessageContaining("does not exist");
        PostMortem offset = edits.apply(current, "timeline", form("zone", "America/Los_Angeles",
                "row.0.at", "2026-11-01T01:45-08:00", "row.0.text", "The second 01:45"));
        assertThat(offset.timeline().events().get(0).at()).isEqualTo(Instant.parse("2026-11-01T09:45:00Z"));
    }

    @Test
    void rowsTickedForRemovalAreRemovedAndTheRestKeepWhatTheFormDoesNotShow() {
        PostMortem current = withTimeline(event("2026-03-08T09:40:00Z", "Pager fired"),
                event("2026-03-08T09:50:00Z", "Wrong guess"), event("2026-03-08T10:05:00Z", "Rolled back"))
                .toBuilder().responders(List.of(new Responder("Ana", "Incident commander", "SRE", "ops", null,
                        "https://chat.example/ana"), new Responder("Jonas", "Scribe", "Payments", null, null, null)))
                .build();

        PostMortem timeline = edits.apply(current, "timeline", form("zone", "UTC",
                "row.0.orig", "0", "row.0.at", "2026-03-08T09:40", "row.0.text", "Pager fired",
                "row.1.orig", "1", "row.1.at", "2026-03-08T09:50", "row.1.text", "Wrong guess", "row.1.remove", "on",
                "row.2.orig", "2", "row.2.at", "2026-03-08T10:05", "row.2.text", "Rolled back"));
        PostMortem responders = edits.apply(current, "responders", form(
                "row.0.orig", "0", "row.0.name", "Ana", "row.0.role", "Incident commander", "row.0.team", "SRE",
                "row.1.orig", "1", "row.1.name", "Jonas", "row.1.remove", "on"));

        assertThat(timeline.timeline().events()).extracting(TimelineEvent::text)
                .containsExactly("Pager fired", "Rolled back");
        assertThat(timeline.timeline().events()).extracting(TimelineEvent::source).containsOnly("slack");
        assertThat(responders.responders()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Ana");
            assertThat(r.link()).isEqualTo("https://chat.example/ana");
        });
        assertThat(responders.timeline()).isEqualTo(current.timeline());
    }

    @Test
    void badActionItemValuesAreAllNamedByRowAndField() {
        PostMortem current = PostMortem.draft("Queue backlog");

        assertThatThrownBy(() -> edits.apply(current, "actions", form(
                "row.0.title", "Alert on queue age", "row.0.priority", "P9",
                "row.1.title", "Runbook", "row.1.priority", "urgent", "row.1.due", "2026-02-30",
                "row.2.title", "Load test", "row.2.status", "someday")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("actionItems[0].priority",
                        "actionItems[1].dueDate", "actionItems[2].status"))
                .hasMessageContaining("P9");
        PostMortem changed = edits.apply(current, "actions", form("row.0.title", "Runbook", "row.0.priority", "urgent",
                "row.0.due", "2026-04-01", "row.0.owner", "Ana"));
        assertThat(changed.actionItems()).singleElement().extracting(ActionItem::priority).isEqualTo(Priority.P0);
    }

    @Test
    void aSummaryWithBadValuesNamesEachAndAnUnknownPartOrSectionIsRefused() {
        PostMortem current = PostMortem.draft("Queue backlog");

        assertThatThrownBy(() -> edits.apply(current, "summary", form("title", "Queue backlog",
                "status", "shipped", "severity", "SEV9", "timeZone", "Mars/Olympus")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("status", "severity", "timeZone"));
        assertThatThrownBy(() -> edits.apply(current, "owner", form()))
                .satisfies(e -> assertThat(fields(e)).containsExactly("part"));
        assertThatThrownBy(() -> edits.apply(current, "text", form("path", "title", "value", "Sneaky")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("path"));
        assertThatThrownBy(() -> edits.apply(current, "json", form("document", "{\"title\": ")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("document"));
    }

    @Test
    void aTextSectionIsSavedAtItsPathAndTheJsonEditorCannotChangeTheId() {
        PostMortem current = PostMortem.draft("Queue backlog").toBuilder().id("INC-2026-0007").build();

        PostMortem text = edits.apply(current, "text", form("path", "analysis.rootCause.summary",
                "value", "A full disk.\r\nNo alert on it."));
        PostMortem json = edits.apply(current, "json", form("document",
                "{\"id\": \"INC-2026-0999\", \"title\": \"Renamed\"}"));

        assertThat(text.analysis().rootCause().summary()).isEqualTo("A full disk.\nNo alert on it.");
        assertThat(json.id()).isEqualTo("INC-2026-0007");
        assertThat(json.title()).isEqualTo("Renamed");
    }
}
