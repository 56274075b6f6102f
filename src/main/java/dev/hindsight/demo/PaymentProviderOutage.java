package dev.hindsight.demo;

import static dev.hindsight.timeline.EventKind.ACKNOWLEDGED;
import static dev.hindsight.timeline.EventKind.CLOSED;
import static dev.hindsight.timeline.EventKind.DECLARED;
import static dev.hindsight.timeline.EventKind.DETECTED;
import static dev.hindsight.timeline.EventKind.MITIGATED;
import static dev.hindsight.timeline.EventKind.MITIGATION_STARTED;
import static dev.hindsight.timeline.EventKind.PARTIALLY_RECOVERED;
import static dev.hindsight.timeline.EventKind.RESOLVED;
import static dev.hindsight.timeline.EventKind.ROOT_CAUSE_IDENTIFIED;
import static dev.hindsight.timeline.EventKind.SOLUTION_READY;
import static dev.hindsight.timeline.EventKind.STARTED;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.Lesson;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.MeasureKind;
import dev.hindsight.incident.Analysis.PreventionMeasure;
import dev.hindsight.incident.Analysis.RootCause;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Communication.Briefing;
import dev.hindsight.incident.Communication.Message;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.incident.YesNo;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo: the card payment provider's EU endpoint failed most authorisations for two hours. The cause was
 * theirs; the lessons are ours (no fallback switched on automatically, retries that tripled their load).
 * Timeline entries come from the provider in UTC and from responders in Berlin.
 */
final class PaymentProviderOutage {

    static final String TITLE = "Card payments failed during the payment provider's EU outage";
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private PaymentProviderOutage() {
    }

    static PostMortem build(Vocabulary words) {
        return PostMortem.builder()
                .title(TITLE)
                .dateWritten(LocalDate.of(2026, 6, 22))
                .status(Status.IN_REVIEW)
                .author("Felix Wagner")
                .owner("Payments team")
                .nextReviewDate(LocalDate.of(2026, 7, 6))
                .severity(words.severity(3))
                .initialSeverity(words.severity(2))
                .severityAssessment("Declared at second level while payments failed; lowered once the pay-at-clinic "
                        + "fallback let every booking complete.")
                .detection(new Detection(words.discoveryMethod("Aliens"),
                        "Finance operations saw co-payment failures on the reconciliation dashboard and asked in "
                                + "#payments.",
                        null, "Ines Castro (Finance operations)",
                        "Authorisation failure rate reached 55% eleven minutes before anyone asked.",
                        List.of("Failure-rate alert threshold of 80% was too high to fire")))
                .impact(new Impact(
                        "About 60% of EU card authorisations failed for 47 minutes; co-payments deferred after that.",
                        List.of("Backend API"), List.of("Patient web", "iOS", "Android"),
                        new Impact.UsersAffected(2_310L, 4.5, ""), List.of("EU"),
                        "\"Payment could not be processed\" at the end of booking.",
                        "Bookings needing a co-payment failed; free bookings worked.",
                        "Co-payments collected later; some patients booked twice after retrying.",
                        "€0 lost, about €38,500 deferred", new YesNo(false, ""), "Low",
                        new YesNo(false, "No card data involved"), new YesNo(false, ""), new YesNo(false, ""),
                        5_870L, "", words.blastRadius(640L, null, 2_310L)))
                .responders(List.of(
                        words.responder("Ines Castro", "Responder", "Finance operations", "", null),
                        words.responder("Felix Wagner", "Incident Commander", "Payments", "Software",
                                Scribe.at(BERLIN, "2026-06-18 16:24")),
                        words.responder("Chloé Martin", "Technical Lead", "Payments", "Software",
                                Scribe.at(BERLIN, "2026-06-18 16:27")),
                        words.responder("Sam O'Neill", "Communications", "Customer Support", "TechOps",
                                Scribe.at(BERLIN, "2026-06-18 16:33"))))
                .timeZone(BERLIN)
                .timeline(new Scribe(UTC, "Felix Wagner", "provider incident report")
                        .mark("2026-06-18 14:02", STARTED, "Provider: EU acquiring endpoint starts returning 502 for "
                                + "about 60% of authorisations.")
                        .handOver(BERLIN, "Felix Wagner")
                        .mark("2026-06-18 16:19", DETECTED, "Finance operations asks in #payments why co-payments "
                                + "are failing.")
                        .mark("2026-06-18 16:24", ACKNOWLEDGED, "Payments on-call picks it up.")
                        .mark("2026-06-18 16:31", DECLARED, "Declared at second level; Felix is IC.")
                        .note("2026-06-18 16:34", "Our client retries three times with no backoff: provider sees "
                                + "triple the traffic.")
                        .mark("2026-06-18 16:38", ROOT_CAUSE_IDENTIFIED, "Provider status page confirms degraded EU "
                                + "acquiring.")
                        .mark("2026-06-18 16:45", MITIGATION_STARTED, "Pay-at-clinic fallback switched on for EU.")
                        .mark("2026-06-18 16:49", MITIGATED, "Bookings complete with co-payment deferred; severity "
                                + "lowered.")
                        .handOver(UTC, "Felix Wagner")
                        .mark("2026-06-18 15:20", PARTIALLY_RECOVERED, "Provider: success rate back to 90%.")
                        .mark("2026-06-18 15:41", SOLUTION_READY, "Provider: faulty load balancer pool drained.")
                        .mark("2026-06-18 15:55", RESOLVED, "Authorisations at 99.6%; fallback switched off.")
                        .mark("2026-06-19 08:00", CLOSED, "Deferred co-payments collected by the retry job.")
                        .timeline())
                .analysis(new Analysis(
                        "Our payment provider's EU endpoint failed most authorisations for nearly two hours. We "
                                + "noticed late, switched to the pay-at-clinic fallback by hand, and our retries "
                                + "added to their load.",
                        "Provider outage; we were slow to notice and fall back.", "",
                        new RootCause("The provider's EU acquiring load balancer pool was faulty.",
                                "A bad pool member returned 502 to most authorisation calls.",
                                "Outside our control; provider RCA due 2026-07-02.",
                                "Our failure-rate alert fires at 80%; this peaked at 60%."),
                        List.of(new Finding("Retries without backoff", "Three immediate retries per failure.",
                                "Tripled load on a struggling provider", "Medium")),
                        List.of(new Why("Why did payments fail?", "The provider's endpoint returned errors."),
                                new Why("Why did patients see it?", "No automatic fallback on provider errors."),
                                new Why("Why was the fallback manual?", "It was built for planned maintenance."),
                                new Why("Why did we notice late?", "The alert threshold was above the failure rate."),
                                new Why("Why that threshold?", "It was set to avoid pages on card declines.")),
                        "Switched the pay-at-clinic fallback on until the provider recovered.",
                        List.of("Enable fallback flag for EU", "Watch authorisation rate", "Disable flag"),
                        "Booking completion back to 98% within four minutes of the fallback.",
                        List.of(new Finding("Fallback worked the first time it was used for real", null, null, null)),
                        List.of(new Finding("Finance noticed before our alerts", null, null, "High"),
                                new Finding("Duplicate bookings from patient retries", null, null, "Low")),
                        List.of(new Finding("Happened on a weekday afternoon with the payments team online", null,
                                null, null)),
                        List.of("Fallback feature flag"), List.of("No runbook for provider outages"),
                        List.of(new Lesson(LessonKind.TECHNICAL, "Back off on provider errors",
                                        "Immediate retries amplify a provider's trouble.", "Exponential backoff."),
                                new Lesson(LessonKind.PROCESS, "Decide fallback triggers in advance",
                                        "Nobody knew when to flip the flag.", "Automatic at 20% failures."),
                                new Lesson(LessonKind.COMMUNICATION, "Tell patients their booking is safe",
                                        "Patients retried and booked twice.", "Error page says nothing was charged.")),
                        "Alert on provider errors, not declines; automatic fallback.",
                        List.of(new PreventionMeasure(MeasureKind.MONITORING, "Alert on 5xx from provider above 10%",
                                        false),
                                new PreventionMeasure(MeasureKind.TECHNICAL, "Automatic pay-at-clinic fallback", false),
                                new PreventionMeasure(MeasureKind.PROCESS, "Provider outage runbook", true)),
                        "", List.of("Provider escalation contact was out of date"),
                        List.of("Fallback switch", "Duplicate booking clean-up"), ""))
                .actionItems(List.of(
                        new ActionItem("AI-1", "Alert on provider 5xx rate separately from card declines", null,
                                "Chloé Martin", Priority.P0, LocalDate.of(2026, 6, 20), ActionStatus.DONE,
                                "https://tickets.example.com/PAY-450"),
                        new ActionItem("AI-2", "Exponential backoff with jitter on authorisation retries", null,
                                "Chloé Martin", Priority.P1, LocalDate.of(2026, 7, 2), ActionStatus.IN_PROGRESS,
                                "https://tickets.example.com/PAY-451"),
                        new ActionItem("AI-3", "Switch on the fallback automatically above 20% provider errors",
                                null, "Felix Wagner", Priority.P2, LocalDate.of(2026, 7, 16), ActionStatus.OPEN,
                                "https://tickets.example.com/PAY-452")))
                .reviewers(List.of(
                        new Reviewer("Oliver Grant", "VP Engineering", ReviewState.LGTM, LocalDate.of(2026, 6, 23)),
                        new Reviewer("Ines Castro", "Finance operations", ReviewState.NOT_REVIEWED, null)))
                .communication(new Communication(
                        List.of(new Message(Scribe.at(BERLIN, "2026-06-18 16:40"), "Status page", true,
                                        "Card payments are failing for some EU patients; bookings are not charged."),
                                new Message(Scribe.at(BERLIN, "2026-06-18 16:52"), "Status page", true,
                                        "Bookings work; co-payment will be collected at the clinic."),
                                new Message(Scribe.at(UTC, "2026-06-18 16:00"), "Status page", true, "Resolved.")),
                        List.of("Slack #inc-payments", "Status page", "Provider support portal"),
                        "Clear once started.", "Plain wording about charges.", "Started 38 minutes after impact.",
                        List.of("Template for provider outages"), 3, new YesNo(false, ""), new YesNo(false, ""),
                        List.of(new Briefing("Finance leadership", "2026-06-18 18:00"))))
                .references(List.of(
                        new Link("Provider status page", "https://status.payments.example.net/incidents/7731"),
                        new Link("Payments dashboard", "https://grafana.example.com/d/payments-auth")))
                .build();
    }
}
