package dev.hindsight.insights;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.actions.StatusChange;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.IncidentHistory;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small store whose every figure is worked out by hand in {@link InsightsContract}. Fourteen incidents:
 * <pre>
 *  #   started (UTC)     sev  detect ack mitigate resolve  services  factor         discovery
 *  1   2026-01-02 00:00  2      1     2    10       30     Checkout  Missing alert  Alerts      final, 2 items
 *  2   2026-01-03        2      2     2    20       60     Checkout  Missing alert  Alerts      final, 1 item
 *  3   2026-01-04        2      3     2    30       90     Checkout  Missing alert  Alerts
 *  4   2026-01-05        2      4     2    40      120     Checkout  Missing alert  Alerts
 *  5   2026-01-06        3      5     2    50      150     Checkout  Missing alert  Alerts
 *  6   2026-01-07        3      6     2    60      180     Checkout  Bad deploy     Alerts
 *  7   2026-01-08        3      7     2    70      210     Search    Bad deploy     Alerts
 *  8   2026-01-09        3      8     2    80      240     Search    Bad deploy     Alerts
 *  9   2026-01-10        3      9     2    90      270     Search    Bad deploy     User Reports
 * 10   2026-01-11        3     10     2   100      300     Search    Bad deploy     User Reports
 * 11   2026-02-03        2     20     2    25       60     Checkout  Bad deploy     User Reports
 * 12   2026-02-04        2     30     2    35       90     Checkout  Bad deploy     User Reports
 * 13   2026-02-05        2     40     2    45      120     Checkout  Bad deploy     User Reports
 * 14   2026-02-06        1   1000     2   100     2000     Payments  Secret factor  Alerts  restricted to carol, 1 item
 * </pre>
 * Minutes; detect is started to detected, acknowledge detected to acknowledged, mitigate started to mitigated,
 * resolve detected to resolved. Every responder is on the "Payments Team".
 */
final class KnownIncidents {

    static final String RESTRICTED_READER = "carol";

    private KnownIncidents() {
    }

    static void fill(Incidents incidents, Conventions conventions) {
        List<PostMortem> records = new ArrayList<>();
        long[][] minutes = {{1, 2, 10, 30}, {2, 2, 20, 60}, {3, 2, 30, 90}, {4, 2, 40, 120}, {5, 2, 50, 150},
            {6, 2, 60, 180}, {7, 2, 70, 210}, {8, 2, 80, 240}, {9, 2, 90, 270}, {10, 2, 100, 300},
            {20, 2, 25, 60}, {30, 2, 35, 90}, {40, 2, 45, 120}, {1000, 2, 100, 2000}};
        for (int i = 0; i < minutes.length; i++) {
            int number = i + 1;
            Instant started = number <= 10 ? Instant.parse("2026-01-02T00:00:00Z").plus(Duration.ofDays(i))
                    : Instant.parse("2026-02-03T00:00:00Z").plus(Duration.ofDays(i - 10));
            int level = number <= 4 || (number >= 11 && number <= 13) ? 2 : number == 14 ? 1 : 3;
            String service = number <= 6 || (number >= 11 && number <= 13) ? "Checkout"
                    : number == 14 ? "Payments" : "Search";
            String factor = number <= 5 ? "Missing alert" : number == 14 ? "Secret factor" : "Bad deploy";
            String method = number <= 8 || number == 14 ? "Alerts" : "User Reports";
            var builder = PostMortem.builder().id(String.format("INC-2026-%04d", number)).revision(1)
                    .title("Known incident " + number)
                    .status(number <= 2 ? Status.FINAL : Status.DRAFT)
                    .severity(conventions.severityScale().severity(level))
                    .detection(Detection.builder().method(method).build())
                    .impact(Impact.builder().services(List.of(service)).build())
                    .analysis(Analysis.builder().contributingFactors(List.of(Analysis.Finding.of(factor))).build())
                    .responders(List.of(new Responder("Ann", "Incident Commander", "Payments Team", "Software",
                            null, null)))
                    .timeline(timeline(started, minutes[i]))
                    .lastUpdated(Instant.parse("2026-02-20T00:00:00Z"));
            if (number <= 2) {
                // Approved on 2026-01-10 and 2026-01-20: made final then (no event: it arrived already final).
                builder.reviewers(List.of(new Reviewer("Rae", "Approver", ReviewState.LGTM,
                        LocalDate.of(2026, 1, number == 1 ? 10 : 20), "rae", "", 1, false)));
            }
            if (number == 14) {
                builder.access(new Access(true, List.of(RESTRICTED_READER), List.of()));
            }
            builder.actionItems(items(number));
            records.add(builder.build());
        }
        incidents.restoreAll(sink -> records.forEach(r -> sink.accept(new IncidentHistory(r.id(), List.of(
                new IncidentHistory.Version(1, "ann", Instant.parse("2026-02-20T00:00:00Z"), List.of(), r))))));
    }

    private static Timeline timeline(Instant started, long[] m) {
        Instant detected = started.plus(Duration.ofMinutes(m[0]));
        return Timeline.empty()
                .with(TimelineEvent.milestone(started, EventKind.STARTED, "Started"))
                .with(TimelineEvent.milestone(detected, EventKind.DETECTED, "Detected"))
                .with(TimelineEvent.milestone(detected.plus(Duration.ofMinutes(m[1])), EventKind.ACKNOWLEDGED, "Ack"))
                .with(TimelineEvent.milestone(started.plus(Duration.ofMinutes(m[2])), EventKind.MITIGATED, "Mitigated"))
                .with(TimelineEvent.milestone(detected.plus(Duration.ofMinutes(m[3])), EventKind.RESOLVED, "Resolved"));
    }

    /**
     * #1: one closed 48 hours after opening (2026-01-05 to 01-07), one open and due 2026-01-20; #2: one closed 744
     * hours after opening (2026-01-10 to 02-10); #14: one open, due 2026-02-10.
     */
    private static List<ActionItem> items(int number) {
        return switch (number) {
            case 1 -> List.of(item("AI-1", ActionStatus.DONE, LocalDate.of(2026, 1, 20), "2026-01-05T10:00:00Z",
                    "2026-01-07T10:00:00Z"), item("AI-2", ActionStatus.OPEN, LocalDate.of(2026, 1, 20),
                    "2026-01-05T10:00:00Z", null));
            case 2 -> List.of(item("AI-3", ActionStatus.DONE, LocalDate.of(2026, 3, 20), "2026-01-10T00:00:00Z",
                    "2026-02-10T00:00:00Z"));
            case 14 -> List.of(item("AI-4", ActionStatus.OPEN, LocalDate.of(2026, 2, 10), "2026-02-06T12:00:00Z",
                    null));
            default -> List.of();
        };
    }

    private static ActionItem item(String key, ActionStatus status, LocalDate due, String opened, String closed) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(ActionStatus.OPEN, "ann", Instant.parse(opened)));
        if (closed != null) {
            history.add(new StatusChange(ActionStatus.DONE, "ann", Instant.parse(closed)));
        }
        return new ActionItem(key, "Item " + key, "", "ann", Priority.P2, due, status, "")
                .withHistory(history);
    }
}
