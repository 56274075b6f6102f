package dev.hindsight.importer;

import dev.hindsight.importer.*;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordGenerator;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.YesNo;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Records that fill what {@link RecordGenerator} leaves empty and the review layout carries: communication,
 * checklists, links, attachments, keys and unprioritised actions, findings with details, a timeline with every
 * kind of entry (repeated kinds, details, days apart, zones with daylight saving) or none at all with response
 * times stated instead, and extra sections. Built on a generated record, so the same seed gives the same record.
 */
final class ReviewRecords {

    private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("America/Los_Angeles"),
        ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"),
        ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Tokyo"), ZoneId.of("America/Chicago")};
    private static final List<String> DETAILS = List.of("Initial hypothesis", "Diagnostic steps taken",
            "Challenges encountered", "Verification steps", "Checked");

    private final RecordGenerator base;
    private final RecordGenerator g;
    private final Conventions conventions;

    ReviewRecords(long seed, Conventions conventions) {
        this.base = new RecordGenerator(seed, conventions);
        this.g = new RecordGenerator(seed * 7919 + 17, conventions);
        this.conventions = conventions;
    }

    PostMortem record() {
        PostMortem r = base.record();
        ZoneId zone = ZONES[g.between(0, ZONES.length - 1)];
        Instant start = Instant.parse("2024-01-01T00:00:00Z").plus(g.between(0, 3 * 365 * 24 * 60), ChronoUnit.MINUTES)
                .plusSeconds(g.between(0, 59));
        boolean timed = !g.chance(5);
        List<TimelineEvent> events = timed ? timeline(start, zone) : List.of();
        LocalDate written = LocalDate.ofInstant(start, zone).plusDays(g.between(1, 4));
        return r.toBuilder()
                .timeZone(zone).timeline(new Timeline(events))
                .reportedTimes(timed ? List.of() : reported())
                .detection(new Detection(g.chance(4) ? "" : g.pick(conventions.discoveryMethods()), "",
                        g.pick(List.of(new Link("", ""), new Link("PagerDuty #" + g.between(1, 9999), ""),
                                new Link("", "https://pager.example.com/i/" + g.between(1, 999)),
                                new Link("Alert " + g.between(1, 99), "https://alerts.example.com/" + g.between(1, 99)))),
                        g.chance(3) ? "" : g.name(), "", List.of()))
                .impact(impact(r.impact()))
                .responders(g.some(0, 4, () -> new Responder(g.name(), g.chance(5) ? "" : g.pick(conventions.roles()),
                        null, null, null, null)))
                .analysis(analysis(r.analysis()))
                .actionItems(g.some(0, 6, () -> new ActionItem(g.chance(3) ? "" : "AI-" + g.between(1, 40),
                        g.words(3, 8), "", g.chance(5) ? "" : g.name(),
                        g.chance(5) ? null : g.pick(List.of(Priority.values())),
                        g.chance(4) ? null : written.plusDays(g.between(1, 90)), g.pick(List.of(ActionStatus.values())),
                        "")))
                .reviewMeeting(g.chance(3) ? ReviewMeeting.none() : new ReviewMeeting(
                        g.chance(4) ? null : written.plusDays(g.between(1, 9)),
                        g.some(0, 3, () -> new ReviewMeeting.Attendee(g.name(), g.chance(4) ? "" : g.pick(conventions.roles()))),
                        g.some(0, 3, () -> g.words(3, 8)), g.some(0, 4, () -> "Week " + g.between(1, 9) + ": " + g.words(2, 5))))
                .communication(communication(start, zone))
                .knowledgeSharing(g.some(0, 4, () -> new ChecklistItem(g.words(2, 6), g.chance(2))))
                .supportingDocuments(g.some(0, 4, () -> new ChecklistItem(g.words(2, 6), g.chance(2))))
                .relatedIncidents(g.some(0, 3, () -> new RelatedIncident(g.chance(4) ? "" : "INC-2025-" + g.between(1000, 9999),
                        g.chance(2) ? "" : "https://incidents.example.com/" + g.between(1, 999),
                        g.chance(2) ? "" : g.words(2, 5))).stream().filter(x -> !(x.id().isEmpty() && x.url().isEmpty()))
                        .toList())
                .references(g.some(0, 4, () -> new Link(g.pick(List.of("Incident ticket", "Monitoring dashboard",
                        "Action item tracker", "Runbook", "Slack thread", "")), "https://ref.example.com/" + g.between(1, 999))))
                .attachments(g.some(0, 3, () -> new Link(g.chance(3) ? "" : "graph-" + g.between(1, 99) + ".png",
                        "https://files.example.com/" + g.between(1, 999))))
                .extraSections(g.some(0, 2, () -> new ExtraSection("Notes on " + g.words(1, 3).toLowerCase(), g.paragraph())))
                .build();
    }

    private List<TimelineEvent> timeline(Instant start, ZoneId zone) {
        List<EventKind> kinds = new ArrayList<>(List.of(EventKind.STARTED, EventKind.DETECTED, EventKind.DECLARED,
                EventKind.ACKNOWLEDGED, EventKind.ESCALATED, EventKind.ROOT_CAUSE_IDENTIFIED,
                EventKind.MITIGATION_STARTED, EventKind.MITIGATED, EventKind.PARTIALLY_RECOVERED,
                EventKind.SOLUTION_READY, EventKind.RESOLVED, EventKind.CLOSED));
        kinds.removeIf(k -> g.chance(4));
        List<TimelineEvent> events = new ArrayList<>();
        Instant at = start;
        for (EventKind kind : kinds) {
            int repeat = g.chance(6) ? 2 : 1;
            for (int i = 0; i < repeat; i++) {
                events.add(new TimelineEvent(at, zone, g.chance(6) ? "" : g.words(3, 8), kind, null, null, null,
                        g.some(0, 2, () -> g.pick(DETAILS) + ": " + g.words(2, 6))));
                if (g.chance(2)) {
                    at = at.plusSeconds(g.between(0, 3600));
                    events.add(new TimelineEvent(at, zone, g.words(2, 7), EventKind.NOTE, null, null, null,
                            g.some(0, 1, () -> g.words(2, 6))));
                }
                at = at.plusSeconds(g.between(0, g.chance(4) ? 200_000 : 4_000));
            }
        }
        return events;
    }

    private List<ReportedTime> reported() {
        List<ReportedTime> out = new ArrayList<>();
        for (Metric metric : List.of(Metric.TIME_TO_DETECT, Metric.TIME_TO_ACKNOWLEDGE, Metric.TIME_TO_MITIGATE,
                Metric.TIME_TO_RESOLVE, Metric.TOTAL_DURATION)) {
            if (g.chance(3)) {
                continue;
            }
            long minutes = g.between(1, 1400);
            String written = g.pick(List.of("about " + minutes + " minutes", minutes + " min",
                    minutes / 60 + " hours " + minutes % 60 + " minutes", ""));
            out.add(new ReportedTime(metric, minutes, written));
        }
        return out;
    }

    private Impact impact(Impact i) {
        List<String> services = new ArrayList<>(i.services());
        if (g.chance(3)) {
            services.add(g.pick(List.of("Payments gateway", "Search indexer", "Email sender")));
        }
        return i.toBuilder().services(services)
                .users(new Impact.UsersAffected(i.users().count(), i.users().percent(), g.chance(3) ? g.words(2, 5) : ""))
                .dataLoss(new YesNo(g.chance(3) ? null : g.chance(2), g.chance(2) ? g.words(2, 5) : ""))
                .dataCorruption(new YesNo(g.chance(3) ? null : g.chance(2), g.chance(2) ? g.words(2, 5) : ""))
                .slaBreach(new YesNo(g.chance(2), g.chance(3) ? g.words(2, 4) : ""))
                .recoveryPoint(g.chance(2) ? "" : "2025-0" + g.between(1, 9) + "-1" + g.between(0, 9) + " 0" + g.between(0, 9)
                        + ":15 UTC")
                .build();
    }

    private Analysis analysis(Analysis a) {
        return a.toBuilder()
                .wentWell(g.some(0, 3, () -> new Finding(g.words(2, 5), g.chance(3) ? "" : g.words(3, 8),
                        g.chance(3) ? "" : g.words(3, 8), "")))
                .wentWrong(g.some(0, 3, () -> new Finding(g.words(2, 5), g.words(3, 8), g.chance(3) ? "" : g.words(3, 8),
                        g.pick(List.of("High", "Medium", "Low", "")))))
                .contributingFactors(g.some(0, 3, () -> new Finding(g.words(2, 5), g.chance(4) ? "" : g.words(3, 8),
                        g.chance(4) ? "" : g.words(3, 8), "")))
                .build();
    }

    private Communication communication(Instant start, ZoneId zone) {
        if (g.chance(5)) {
            return Communication.empty();
        }
        List<Communication.Message> log = g.some(0, 5, () -> new Communication.Message(
                g.chance(5) ? null : start.plusSeconds(g.between(0, 20_000)),
                g.pick(List.of("", "Slack #incidents", "Status page", "Email")), g.chance(3), g.words(3, 9)));
        return new Communication(log, g.some(0, 3, () -> g.pick(List.of("Slack #incidents", "Status page", "Zoom bridge"))),
                g.chance(2) ? "" : g.words(4, 10), g.chance(3) ? "" : g.words(3, 8), g.chance(3) ? "" : g.words(3, 8),
                g.some(0, 3, () -> g.words(3, 7)), g.chance(3) ? null : g.between(0, 12),
                new YesNo(g.chance(3) ? null : g.chance(2), g.chance(3) ? g.words(2, 4) : ""),
                new YesNo(g.chance(3) ? null : g.chance(2), ""),
                g.some(0, 3, () -> new Communication.Briefing(g.pick(List.of("Executive briefing", "Customer success team",
                        "Sales team", "Board")), "2025-02-0" + g.between(1, 9) + " 1" + g.between(0, 9) + ":00")));
    }
}
