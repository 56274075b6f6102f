package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.MeasureKind;
import dev.hindsight.incident.Analysis.PreventionMeasure;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.incident.YesNo;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Post-incident reviews written by people, not by Hindsight: guidance and placeholders left in, sections
 * missing, moved or added, blank table rows, "[Open/In Progress/Done]" left as it was, times without dates
 * that cross midnight or a daylight-saving change, numbered headings, severities on another scale.
 */
class ReviewImportTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(Conventions.defaults());

    private static String resource(String name) throws IOException {
        try (InputStream in = ReviewImportTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aReviewWithPlaceholdersLeftInAndSectionsMovedIsReadFieldByField() throws IOException {
        Imported imported = IMPORTER.read(resource("review-dns-resolver.md"), null);
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.REVIEW);
        assertThat(r.id()).isEqualTo("INC-2026-0031");
        assertThat(r.title()).isEqualTo("Checkout failing to resolve the payments provider");
        assertThat(r.dateWritten()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(r.severity().level()).isEqualTo(2);
        assertThat(r.severity().label()).isEqualTo("SEV-2");
        assertThat(r.initialSeverity().level()).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.DRAFT);
        assertThat(r.owner()).isEqualTo("Marta Kowalski");
        assertThat(r.nextReviewDate()).isEqualTo(LocalDate.of(2026, 3, 30));

        Analysis a = r.analysis();
        assertThat(a.summary()).isEqualTo("For a little over two hours on the night of 11 March, about a fifth of "
                + "checkout attempts failed because our\ninternal resolvers could not look up the payments provider's "
                + "API host.");
        assertThat(a.oneLineSummary()).isEqualTo("A resolver config push dropped the forwarding rule for the payments "
                + "provider's zone.");
        assertThat(a.rootCause().summary()).isEqualTo("The forwarding rule for the provider's zone was deleted by a "
                + "template change.");
        assertThat(a.resolutionSummary()).isEmpty();
        assertThat(a.rootCause().whatHappened()).startsWith("The v142 resolver template rewrote the forwarder list")
                .contains("so lookups for the API host failed.\n\nCached answers kept most requests working");
        assertThat(a.rootCause().whyItHappened()).isEqualTo("The template was regenerated from an inventory that "
                + "never listed third-party zones.");
        assertThat(a.rootCause().whyNotCaughtEarlier()).isEmpty();

        Impact i = r.impact();
        assertThat(i.users()).isEqualTo(new Impact.UsersAffected(31_200L, 18.0, ""));
        assertThat(i.services()).containsExactly("Checkout API", "Internal DNS resolvers", "Backend API");
        assertThat(i.regions()).isEmpty();
        assertThat(i.userFacingErrors()).isEqualTo("\"Payment could not be processed, please try again\"");
        assertThat(i.revenueImpact()).isEqualTo("roughly $48,000 in delayed orders");
        assertThat(i.slaBreach()).isEqualTo(new YesNo(false, ""));
        assertThat(i.reputationImpact()).isEqualTo("Medium");
        assertThat(i.regulatory()).isEqualTo(YesNo.unknown());
        assertThat(i.dataLoss()).isEqualTo(new YesNo(false, ""));
        assertThat(i.dataCorruption()).isEqualTo(new YesNo(false, ""));
        assertThat(i.serviceDegradation()).isEqualTo("Checkout error rate peaked at 22%");
        assertThat(i.failedRequests()).isEqualTo(58_410L);
        assertThat(i.recoveryPoint()).isEmpty();

        assertThat(r.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::kind, TimelineEvent::text)
                .containsExactly(
                        tuple(Instant.parse("2026-03-11T22:40:00Z"), EventKind.STARTED,
                                "resolver config v142 rolled out to all three sites"),
                        tuple(Instant.parse("2026-03-11T22:52:00Z"), EventKind.DETECTED, ""),
                        tuple(Instant.parse("2026-03-11T23:05:00Z"), EventKind.NOTE, "Paged the network on-call"),
                        tuple(Instant.parse("2026-03-11T23:10:00Z"), EventKind.DECLARED, ""),
                        tuple(Instant.parse("2026-03-11T23:18:00Z"), EventKind.ACKNOWLEDGED, ""),
                        tuple(Instant.parse("2026-03-11T23:58:00Z"), EventKind.ROOT_CAUSE_IDENTIFIED,
                                "dig against the internal resolvers returned SERVFAIL for the provider zone"),
                        tuple(Instant.parse("2026-03-12T00:20:00Z"), EventKind.MITIGATION_STARTED, ""),
                        tuple(Instant.parse("2026-03-12T00:55:00Z"), EventKind.RESOLVED, ""));
        assertThat(r.timeline().events().get(4).details())
                .containsExactly("Initial hypothesis: the payments provider was down");
        assertThat(r.timeline().events().get(6).details())
                .containsExactly("Challenges encountered: the rollback job needed a second approver at midnight");
        assertThat(r.timeline().events().get(7).details())
                .containsExactly("Verification steps: synthetic checkout passed in every region");
        assertThat(r.durationMinutes()).contains(135L);
        assertThat(r.detection().method()).isEqualTo("Alerts");
        assertThat(r.detection().alertLink())
                .isEqualTo(new Link("PD-88121", "https://acme.pagerduty.com/incidents/PD-88121"));
        assertThat(r.detection().firstResponder()).isEqualTo("Tomás Reyes");
        assertThat(r.responders()).extracting(Responder::name, Responder::role).containsExactly(
                tuple("Tomás Reyes", "Scribe"), tuple("Aiko Tanaka", "Subject Matter Expert"),
                tuple("Marta Kowalski", "Incident Commander"));
        assertThat(a.mitigationSteps()).containsExactly("Rolled the resolvers back to config v141",
                "Flushed the resolver caches");
        assertThat(a.resolution()).isEqualTo("Config v141 restored on all sites; checkout error rate back under 0.5%.");
        assertThat(r.reportedTimes()).isEmpty();

        assertThat(a.contributingFactors()).containsExactly(new Finding("Forwarders kept outside the inventory",
                "Third-party zones were added by hand years ago", "The generator could not know about them", ""));
        assertThat(a.fiveWhys()).containsExactly(
                new Why("Why did the incident occur?", "Checkout could not resolve the provider's API host."),
                new Why("", "The resolvers no longer forwarded the provider's zone."));
        assertThat(a.wentWell()).isEmpty();
        assertThat(a.wentWrong()).containsExactly(new Finding("Slow escalation to networking",
                "The IC spent 13 minutes on the provider's status page first", "Delayed the first DNS check",
                "Medium"));
        assertThat(a.procedureGaps()).containsExactly("No runbook step for \"is it DNS?\"");
        assertThat(a.lessons()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LessonKind.TECHNICAL);
            assertThat(l.title()).isEqualTo("Generated config must round-trip what it replaces");
            assertThat(l.apply()).isEqualTo("Diff generated config against the live one before rollout");
        });
        assertThat(a.preventionMeasures()).containsExactly(
                new PreventionMeasure(MeasureKind.MONITORING, "Add alert for SERVFAIL ratio above 1% per zone", true),
                new PreventionMeasure(MeasureKind.PROCESS, "Update runbook: checkout errors - check resolution first",
                        false));

        assertThat(r.actionItems()).extracting(ActionItem::key, ActionItem::title, ActionItem::owner,
                ActionItem::priority, ActionItem::dueDate, ActionItem::status).containsExactly(
                tuple("AI-1", "Add the provider zone to the resolver inventory", "Aiko Tanaka", Priority.P0,
                        LocalDate.of(2026, 3, 14), ActionStatus.DONE),
                tuple("AI-2", "Alert on SERVFAIL ratio per zone", "Tomás Reyes", Priority.P0,
                        LocalDate.of(2026, 3, 18), ActionStatus.OPEN),
                tuple("AI-3", "Lookup tests for every forwarded zone in CI", "Aiko Tanaka", Priority.P1,
                        LocalDate.of(2026, 4, 10), ActionStatus.IN_PROGRESS));

        assertThat(r.communication()).isEqualTo(Communication.empty());
        assertThat(r.supportingDocuments()).extracting(ChecklistItem::done)
                .containsExactly(true, true, false, false, true, false);
        assertThat(r.references()).containsExactly(new Link("Incident ticket", "https://acme.atlassian.net/browse/INC-31"),
                new Link("Action item tracker", "https://acme.atlassian.net/issues/?filter=4471"));
        assertThat(r.relatedIncidents()).containsExactly(new RelatedIncident("INC-2025-0412", "", ""));
        assertThat(r.reviewMeeting()).isEqualTo(new ReviewMeeting(LocalDate.of(2026, 3, 16),
                List.of(new ReviewMeeting.Attendee("Marta Kowalski", "Incident Commander"),
                        new ReviewMeeting.Attendee("Aiko Tanaka", "Network Engineering")),
                List.of("Should third-party zones live in the inventory or in a separate file?"), List.of()));
        assertThat(r.reviewers()).containsExactly(
                new Reviewer("Marta Kowalski", "Incident Commander", ReviewState.LGTM, LocalDate.of(2026, 3, 16)),
                new Reviewer("Priya Raman", "Engineering Manager", ReviewState.NOT_REVIEWED, null));
        assertThat(r.knowledgeSharing()).hasSize(5).first().isEqualTo(
                new ChecklistItem("Post-mortem published internally", true));

        assertThat(r.extraSections()).singleElement().satisfies(extra -> {
            assertThat(extra.heading()).isEqualTo("Customer Support Notes");
            assertThat(extra.body()).isEqualTo("Support received 214 tickets during the incident; the macro for "
                    + "payment errors was reused.");
        });
        assertThat(imported.notes()).anyMatch(n -> n.contains("Customer Support Notes"));
    }

    @Test
    void aReviewWrittenLooselyAcrossADaylightSavingChangeIsReadFieldByField() throws IOException {
        Imported imported = IMPORTER.read(resource("review-queue-backlog.md"), null);
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.REVIEW);
        assertThat(r.id()).isEqualTo("INC-2026-0044");
        assertThat(r.title()).isEqualTo("Order confirmations delayed by a consumer backlog");
        assertThat(r.severity().level()).isEqualTo(2);
        assertThat(r.severity().label()).isEqualTo("High");
        assertThat(r.status()).isEqualTo(Status.FINAL);
        assertThat(r.owner()).isEqualTo("Jonas Brandt");

        assertThat(r.impact().users()).isEqualTo(new Impact.UsersAffected(null, null,
                "most EU shoppers who ordered overnight"));
        assertThat(r.impact().services()).containsExactly("Order queue", "Notification service");
        assertThat(r.impact().dataLoss()).isEqualTo(new YesNo(true, "112 confirmation emails were never sent"));
        assertThat(r.impact().regions()).containsExactly("EU-Central", "EU-West");
        assertThat(r.impact().businessImpact()).isEqualTo("Support volume tripled overnight.");
        assertThat(r.impact().revenueImpact()).isEqualTo("N/A");
        assertThat(r.impact().slaBreach()).isEqualTo(new YesNo(true, "notification SLA is 15 minutes"));
        assertThat(r.impact().dataCorruption()).isEqualTo(YesNo.unknown());

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(r.timeZone()).isEqualTo(berlin);
        assertThat(r.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::kind).containsExactly(
                tuple(Instant.parse("2026-03-29T00:30:00Z"), EventKind.STARTED),
                tuple(Instant.parse("2026-03-29T00:48:00Z"), EventKind.DETECTED),
                tuple(Instant.parse("2026-03-29T01:05:00Z"), EventKind.ACKNOWLEDGED),
                tuple(Instant.parse("2026-03-29T01:20:00Z"), EventKind.NOTE),
                tuple(Instant.parse("2026-03-29T01:41:00Z"), EventKind.ROOT_CAUSE_IDENTIFIED),
                tuple(Instant.parse("2026-03-29T02:10:00Z"), EventKind.MITIGATION_STARTED),
                tuple(Instant.parse("2026-03-29T04:10:00Z"), EventKind.RESOLVED),
                tuple(Instant.parse("2026-03-30T07:00:00Z"), EventKind.CLOSED));
        assertThat(r.timeline().events().get(3).text()).isEqualTo("consumer lag at 1.9M messages");
        assertThat(r.timeline().events().get(1).text()).isEqualTo("lag alert on orders-confirmations");
        assertThat(r.timeline().events().get(2).details())
                .containsExactly("Initial hypothesis: the import had duplicated orders");
        assertThat(r.durationMinutes()).contains(220L);
        assertThat(r.detection().method()).isEqualTo("Alerts");
        assertThat(r.detection().firstResponder()).isEqualTo("Lea Hoffmann");
        assertThat(r.responders()).extracting(Responder::name, Responder::role).containsExactly(
                tuple("Jonas Brandt", "Incident Commander"), tuple("Lea Hoffmann", "Technical Lead"));
        assertThat(r.analysis().mitigationSteps()).containsExactly("raised the cap to 8 consumers");
        assertThat(r.analysis().resolution()).isEqualTo("Raised the consumer cap and replayed the dead-letter queue.");

        Analysis a = r.analysis();
        assertThat(a.rootCause().whatHappened()).isEqualTo("The confirmations consumer group was capped at two "
                + "instances in February. The nightly import\npublished four times its usual volume and two consumers "
                + "could not keep up.");
        assertThat(a.rootCause().whyItHappened()).isEmpty();
        assertThat(a.rootCause().whyNotCaughtEarlier()).isEqualTo("The lag alert threshold was set for daytime traffic.");
        assertThat(a.wentWell()).containsExactly(new Finding("Lag alert fired",
                "it paged 18 minutes after the backlog started", "", ""));
        assertThat(a.effectiveProcedures()).containsExactly("Dead-letter replay runbook");
        assertThat(a.lessons()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LessonKind.GENERAL);
            assertThat(l.learned()).isEqualTo("A cap set to save money is a capacity limit too");
        });
        assertThat(a.fiveWhys()).isEmpty();
        assertThat(a.preventionMeasures()).isEmpty();

        assertThat(r.actionItems()).extracting(ActionItem::key, ActionItem::priority, ActionItem::status)
                .containsExactly(tuple("Q-1", Priority.P0, ActionStatus.DONE),
                        tuple("Q-2", Priority.P2, ActionStatus.OPEN));

        Communication c = r.communication();
        assertThat(c.log()).containsExactly(new Communication.Message(Instant.parse("2026-03-29T00:55:00Z"), "Slack",
                false, "Posted in #inc-orders"));
        assertThat(c.channels()).containsExactly("Slack #inc-orders", "Status page");
        assertThat(c.whatWorked()).isEqualTo("One channel for everyone");
        assertThat(c.whatDidNot()).isEqualTo("Nobody updated the status page until 04:30");
        assertThat(c.improvements()).containsExactly("A status page template for queue delays");
        assertThat(c.statusPageUpdates()).isEqualTo(3);
        assertThat(c.customerEmails()).isEqualTo(new YesNo(true, "sent to 40 enterprise admins"));
        assertThat(c.socialMedia()).isEqualTo(new YesNo(false, ""));
        assertThat(c.stakeholders()).containsExactly(new Communication.Briefing("Executive briefing", "2026-03-29 10:00"),
                new Communication.Briefing("Sales team", "not briefed"));

        assertThat(r.reviewMeeting()).isEqualTo(new ReviewMeeting(LocalDate.of(2026, 4, 1),
                List.of(new ReviewMeeting.Attendee("Jonas Brandt", "SRE"), new ReviewMeeting.Attendee("Lea Hoffmann",
                        "Orders")), List.of("The cap was never documented in the runbook"),
                List.of("Weekly in the SRE sync until Q-2 is done")));
        assertThat(r.reviewers()).extracting(Reviewer::name, Reviewer::state).containsExactly(
                tuple("Jonas Brandt", ReviewState.LGTM), tuple("Sven Ahlers", ReviewState.CHANGES_REQUESTED));
        assertThat(r.nextReviewDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(r.knowledgeSharing()).containsExactly(new ChecklistItem("Post-mortem published internally", true),
                new ChecklistItem("Team meeting presentation scheduled", true));
        assertThat(r.supportingDocuments()).isEmpty();
        assertThat(r.references()).isEmpty();

        assertThat(r.extraSections()).singleElement().satisfies(extra -> {
            assertThat(extra.heading()).isEqualTo("Open Questions");
            assertThat(extra.body()).isEqualTo("- Should the nightly import be throttled at the source?\n"
                    + "- Who owns the autoscaler policies?");
        });
    }

    @Test
    void theTemplateItselfIsReadAsAnEmptyReviewTitledByItsOneLineSummary() throws IOException {
        String template = resource("review-template-one-line.md");

        Imported imported = IMPORTER.read(template, null);

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.REVIEW);
        PostMortem r = imported.record();
        assertThat(r.title()).isEqualTo("Search went read-only for ten minutes");
        assertThat(r.id()).isNull();
        assertThat(r.timeline().events()).isEmpty();
        assertThat(r.actionItems()).isEmpty();
        assertThat(r.responders()).isEmpty();
        assertThat(r.analysis().fiveWhys()).isEmpty();
        assertThat(r.analysis().contributingFactors()).isEmpty();
        assertThat(r.analysis().preventionMeasures()).isEmpty();
        assertThat(r.communication()).isEqualTo(Communication.empty());
        assertThat(r.reviewMeeting()).isEqualTo(ReviewMeeting.none());
        assertThat(r.reviewers()).isEmpty();
        assertThat(r.knowledgeSharing()).isEmpty();
        assertThat(r.supportingDocuments()).isEmpty();
        assertThat(r.references()).isEmpty();
        assertThat(r.impact().services()).isEmpty();
        assertThat(r.extraSections()).isEmpty();
    }
}
