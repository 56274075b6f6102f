package dev.hindsight.cli;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.review.Reviewer;
import dev.hindsight.timeline.Gap;
import dev.hindsight.timeline.Timeline;
import java.time.format.DateTimeFormatter;

/** A post-mortem as a terminal reads it: the facts first, then timeline, metrics and follow-up. */
final class IncidentText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private IncidentText() {
    }

    static String render(PostMortem r, Conventions conventions) {
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(": ").append(r.title()).append('\n');
        line(out, "Status", r.status().label() + "  (revision " + r.revision() + ", last updated "
                + r.lastUpdated() + ")");
        if (r.severity() != null) {
            String meaning = conventions.severityScale().level(r.severity().level())
                    .map(l -> " - " + l.description()).orElse("");
            line(out, "Severity", r.severity().label() + " (level " + r.severity().level() + ")" + meaning);
        }
        line(out, "Author", r.author());
        line(out, "Owner", r.owner());
        line(out, "Written", r.dateWritten() == null ? "" : r.dateWritten().toString());
        line(out, "Discovery", r.detection().method());
        line(out, "Duration", r.duration().map(Gap::describe).orElse(""));
        line(out, "Services", String.join(", ", r.impact().services()));
        line(out, "Impact", r.impact().summary());
        if (!r.analysis().summary().isBlank()) {
            out.append('\n').append(r.analysis().summary().strip()).append('\n');
        }
        if (!r.responders().isEmpty()) {
            out.append("\nResponders\n");
            for (Responder p : r.responders()) {
                out.append("  ").append(p.name()).append(p.role().isEmpty() ? "" : " - " + p.role())
                        .append(p.team().isEmpty() ? "" : " (" + p.team() + ")").append('\n');
            }
        }
        if (!r.timeline().isEmpty()) {
            out.append("\nTimeline (").append(r.timeZone().getId()).append(")\n");
            for (Timeline.Entry e : r.timeline().entries()) {
                out.append(String.format("  %-22s %-22s %s%s%n", e.event().at().atZone(r.timeZone()).format(WHEN),
                        e.gapPhrase(), e.event().kind().isMilestone() ? "[" + e.event().kind().label() + "] " : "",
                        e.event().text()));
            }
            out.append("\nResponse metrics\n");
            for (ResponseMetrics.Measurement m : r.responseMetrics(conventions.targets()).measurements()) {
                if (m.actual() == null && m.target() == null) {
                    continue;
                }
                out.append(String.format("  %-26s %-20s %s%n", m.metric().label(),
                        m.actual() == null ? "unknown" : m.actualPhrase(),
                        m.target() == null ? "" : "target < " + Gap.describe(m.target()) + ": "
                                + m.outcome().answer()));
            }
        }
        if (!r.actionItems().isEmpty()) {
            out.append("\nAction items\n");
            for (ActionItem a : r.actionItems()) {
                out.append(String.format("  [%s] %s %s%s%s%n", a.status().code(),
                        a.priority() == null ? "--" : a.priority().code(), a.title(),
                        a.owner().isEmpty() ? "" : ", owner: " + a.owner(),
                        a.dueDate() == null ? "" : ", due " + a.dueDate()));
            }
        }
        if (!r.reviewers().isEmpty()) {
            out.append("\nReviewers\n");
            for (Reviewer v : r.reviewers()) {
                out.append("  ").append(v.name()).append(v.role().isEmpty() ? "" : " (" + v.role() + ")")
                        .append(": ").append(v.state().code()).append(v.date() == null ? "" : " on " + v.date())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(String.format("  %-10s %s%n", label + ":", value));
        }
    }
}
