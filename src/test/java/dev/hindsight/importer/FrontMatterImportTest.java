package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.severity.Severity;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Templates;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Front-matter documents written by people: the template's comments left in, a blank table row, a section of
 * their own ("Customer impact notes"), a section left out, sections moved, times without dates or zones, 12-hour
 * clocks past midnight, severities on other scales, status glyphs and words.
 */
class FrontMatterImportTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(Conventions.defaults());

    private static Imported read(String name) throws IOException {
        return IMPORTER.read(SevImportTest.resource(name), null);
    }

    @Test
    void aCheckoutIncidentWrittenInUtcIsReadField() throws IOException {
        Imported imported = read("front-matter-checkout.md");
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.FRONT_MATTER);
        assertThat(r.id()).isEqualTo("INC-2026-0311");
        assertThat(r.title()).isEqualTo("Checkout latency spike after Redis failover");
        assertThat(r.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(r.dateWritten()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(r.severity()).isEqualTo(new Severity(2, "SEV-2"));
        assertThat(r.initialSeverity()).isEqualTo(new Severity(3, "SEV-3"));
        assertThat(r.severityAssessment()).startsWith("We started at SEV-3 because only latency was affected.")
                .endsWith("checkout is revenue-critical.").doesNotContain("Initial severity").doesNotContain("<!--");
        assertThat(r.analysis().summary()).startsWith("A planned Redis maintenance triggered a failover")
                .endsWith("until we restarted the pods against the new primary.")
                .doesNotContain("Impact").doesNotContain("<!--");
        assertThat(r.impact().users().count()).isEqualTo(2300L);
        assertThat(r.impact().users().percent()).isEqualTo(4.0);
        assertThat(r.impact().users().description()).isEqualTo("~2,300 customers (about 4% of EU checkouts)");
        assertThat(r.impact().services()).containsExactly("Checkout API", "Redis Cache");

        assertThat(r.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::kind, TimelineEvent::text,
                TimelineEvent::result).containsExactly(
                tuple(Instant.parse("2026-03-08T14:02:00Z"), EventKind.STARTED,
                        "Redis maintenance window starts; sentinel promotes the replica", ""),
                tuple(Instant.parse("2026-03-08T14:09:00Z"), EventKind.DETECTED,
                        "PagerDuty: checkout p99 latency above 2s", ""),
                tuple(Instant.parse("2026-03-08T14:12:00Z"), EventKind.ACKNOWLEDGED,
                        "Dana acknowledged the page and opened #inc-checkout", ""),
                tuple(Instant.parse("2026-03-08T14:31:00Z"), EventKind.ROOT_CAUSE_IDENTIFIED,
                        "Root cause identified: pool pinned to the old primary", "Confirmed from the READONLY errors"),
                tuple(Instant.parse("2026-03-08T14:38:00Z"), EventKind.MITIGATION_STARTED,
                        "Mitigation started: rolling restart of checkout pods", "p99 down to 3 s as pods cycled"),
                tuple(Instant.parse("2026-03-08T15:20:00Z"), EventKind.NOTE, "Rollout finished, queue drained",
                        "p99 back under 500 ms"),
                tuple(Instant.parse("2026-03-08T15:49:00Z"), EventKind.RESOLVED, "Error budget burn back to normal",
                        ""));
        assertThat(r.durationMinutes()).contains(107L);
        assertThat(r.reportedTimes()).isEmpty();

        assertThat(r.detection().method()).isEqualTo("Alerts");
        assertThat(r.detection().story()).startsWith("The checkout p99 latency alert paged the payments on-call")
                .endsWith("started arriving a few minutes later.");
        assertThat(r.detection().earlierSignals())
                .isEqualTo("The checkout pods logged READONLY errors from 14:03 on, but nobody watches that log stream.");
        assertThat(r.detection().gaps()).containsExactly("Alert on READONLY errors from any Redis client",
                "Page the cache owners on sentinel failover events");

        assertThat(r.responders()).extracting(Responder::name, Responder::role, Responder::team, Responder::joinedAt,
                Responder::link).containsExactly(
                tuple("Dana Whitfield", "Incident Commander", "", Instant.parse("2026-03-08T14:12:00Z"), ""),
                tuple("Raj Patel", "Technical Lead", "payments on-call", Instant.parse("2026-03-08T14:18:00Z"),
                        "https://people.example.com/raj"),
                tuple("ana.costa", "Communications", "", Instant.parse("2026-03-08T14:25:00Z"), ""));
        assertThat(r.communication().log()).extracting(Communication.Message::at, Communication.Message::channel,
                Communication.Message::external, Communication.Message::message).containsExactly(
                tuple(Instant.parse("2026-03-08T14:15:00Z"), "Slack #inc-checkout", false, "Declared SEV-3, Dana is IC"),
                tuple(Instant.parse("2026-03-08T14:31:00Z"), "Status page", true,
                        "Investigating slow checkouts for some EU customers"),
                tuple(Instant.parse("2026-03-08T14:40:00Z"), "Slack #inc-checkout", false,
                        "Raised to SEV-2 after support volume doubled"),
                tuple(Instant.parse("2026-03-08T16:05:00Z"), "Email", true,
                        "Written summary sent to the two enterprise accounts that asked"));
        assertThat(r.analysis().escalationGaps()).containsExactly(
                "Page the cache owners automatically when a failover lands during the checkout peak");

        Analysis a = r.analysis();
        assertThat(a.mitigationSteps()).containsExactly("Confirmed the new Redis primary was healthy and taking writes.",
                "Rolled the checkout deployment so pods re-resolved the sentinel endpoint.",
                "Drained the stuck cart-lookup queue.");
        assertThat(a.recoveryMetrics()).isEqualTo("- Checkout p99: 9.1 s at peak, 420 ms after 15:20\n"
                + "- Error rate: 0.3% before, 6.8% at peak, 0.2% after");
        assertThat(a.automationOpportunities()).isEmpty();
        assertThat(a.rootCause().summary()).startsWith("The checkout service resolved the Redis primary once")
                .endsWith("left its pool pointed at a read-only replica.");
        assertThat(a.contributingFactors()).extracting(Analysis.Finding::title).containsExactly(
                "The maintenance window overlapped the Sunday afternoon checkout peak.",
                "Sentinel discovery was switched off in our client config years ago.");
        assertThat(r.actionItems()).extracting(ActionItem::priority, ActionItem::title, ActionItem::owner,
                ActionItem::dueDate, ActionItem::status).containsExactly(
                tuple(Priority.P0, "Enable sentinel discovery in the checkout Redis client", "raj",
                        LocalDate.of(2026, 3, 12), ActionStatus.DONE),
                tuple(Priority.P1, "Alert on READONLY errors from Redis clients", "Dana Whitfield",
                        LocalDate.of(2026, 3, 20), ActionStatus.OPEN),
                tuple(Priority.P2, "Move cache maintenance out of peak hours", "Ana Costa", LocalDate.of(2026, 4, 30),
                        ActionStatus.IN_PROGRESS));
        assertThat(a.lessons()).extracting(Analysis.Lesson::title, Analysis.Lesson::learned).containsExactly(
                tuple("Failovers are deploys", "schedule and announce them like one."),
                tuple("", "A latency alert caught this before customers did; keep it."));

        assertThat(r.references()).containsExactly(
                new Link("incident.io", "https://app.incident.io/acme/incidents/311"),
                new Link("Slack Thread", "https://acme.slack.com/archives/C05CHK/p1709906520"),
                new Link("GitHub Issues/PRs", "https://github.com/acme/checkout/pull/4812"),
                new Link("GitHub Issues/PRs", "https://github.com/acme/checkout/issues/4799"));
        assertThat(r.relatedIncidents()).containsExactly(new RelatedIncident("INC-2025-0198", "", ""));
        assertThat(r.extraSections()).singleElement().satisfies(extra -> {
            assertThat(extra.heading()).isEqualTo("Customer impact notes");
            assertThat(extra.body()).isEqualTo(
                    "Support tagged 41 tickets with checkout-slow. Two enterprise customers asked for a written summary.");
        });
        assertThat(imported.notes()).anyMatch(n -> n.contains("Customer impact notes"));
    }

    @Test
    void aDnsIncidentWithTwelveHourPacificTimesPastMidnightIsReadField() throws IOException {
        Imported imported = read("front-matter-dns.md");
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.FRONT_MATTER);
        assertThat(r.id()).isEqualTo("INC-2026-0042");
        assertThat(r.title()).isEqualTo("Internal DNS resolution failures in us-east-1");
        assertThat(r.status()).isEqualTo(Status.FINAL);
        assertThat(r.dateWritten()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(r.severity()).isEqualTo(new Severity(1, "Critical"));
        assertThat(r.initialSeverity()).isEqualTo(new Severity(2, "SEV-2"));
        assertThat(r.severityAssessment())
                .isEqualTo("No. Partner traffic goes through the same resolvers, which we only noticed at 12:45.");
        assertThat(r.analysis().summary()).isEqualTo("A resolver config push dropped the forwarder for corp.internal, "
                + "so services in us-east-1 could not resolve each\nother. The API failed about a fifth of its requests "
                + "until the config was rolled back.");
        assertThat(r.impact().users().count()).isEqualTo(40_000L);
        assertThat(r.impact().users().percent()).isEqualTo(18.0);
        assertThat(r.impact().services()).containsExactly("Backend API", "Monitoring");

        // 11:48 PM PST on the 19th is 07:48 UTC on the 20th; times after midnight move to the next day.
        assertThat(r.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::kind, TimelineEvent::result)
                .containsExactly(
                        tuple(Instant.parse("2026-01-20T07:48:00Z"), EventKind.STARTED, ""),
                        tuple(Instant.parse("2026-01-20T07:56:00Z"), EventKind.DETECTED, ""),
                        tuple(Instant.parse("2026-01-20T08:04:00Z"), EventKind.ACKNOWLEDGED, ""),
                        tuple(Instant.parse("2026-01-20T08:31:00Z"), EventKind.ROOT_CAUSE_IDENTIFIED, ""),
                        tuple(Instant.parse("2026-01-20T08:40:00Z"), EventKind.MITIGATION_STARTED,
                                "Half the fleet healthy by 12:52 AM"),
                        tuple(Instant.parse("2026-01-20T09:53:00Z"), EventKind.RESOLVED, "Synthetic checks green"));
        assertThat(r.timeline().events()).allMatch(e -> e.zone().equals(ZoneId.of("America/Los_Angeles")));
        assertThat(r.timeline().events().get(0).text())
                .isEqualTo("Config push removes the corp.internal forwarder from the resolver fleet");
        assertThat(r.durationMinutes()).contains(125L);

        assertThat(r.detection().method()).isEqualTo("Alerts");
        assertThat(r.detection().story())
                .isEqualTo("The us-east-1 API probe failed three times in a row and paged the infrastructure primary.");
        assertThat(r.detection().earlierSignals()).isEmpty();
        assertThat(r.detection().gaps()).containsExactly("Alert on the SERVFAIL rate of the resolver fleet",
                "Probe an internal name, not only public ones");

        assertThat(r.responders()).extracting(Responder::name, Responder::role, Responder::team, Responder::joinedAt)
                .containsExactly(
                        tuple("Maya Levi", "Incident Commander", "infra primary", Instant.parse("2026-01-20T07:58:00Z")),
                        tuple("Omar Haddad", "Subject Matter Expert", "DNS", Instant.parse("2026-01-20T08:20:00Z")),
                        tuple("Kenji Sato", "Scribe", "", Instant.parse("2026-01-20T08:25:00Z")));
        assertThat(r.communication().log()).extracting(Communication.Message::at, Communication.Message::channel,
                Communication.Message::external, Communication.Message::message).containsExactly(
                tuple(Instant.parse("2026-01-20T08:10:00Z"), "Slack #incident-dns", false, "SEV-2 declared, Maya is IC"),
                tuple(Instant.parse("2026-01-20T08:35:00Z"), "Statuspage", false,
                        "Draft prepared, not published: only internal callers were affected"),
                tuple(Instant.parse("2026-01-20T08:45:00Z"), "Slack #incident-dns", false,
                        "Raised to Critical; partner API traffic is failing too"));
        assertThat(r.analysis().escalationGaps()).containsExactly(
                "The DNS team has no pager rotation after midnight; Omar was reached by phone");

        Analysis a = r.analysis();
        assertThat(a.rootCause().summary())
                .isEqualTo("A templating change in the resolver config dropped the forwarder block for corp.internal.");
        assertThat(a.contributingFactors()).hasSize(2);
        assertThat(r.actionItems()).extracting(ActionItem::priority, ActionItem::title, ActionItem::owner,
                ActionItem::dueDate, ActionItem::status).containsExactly(
                tuple(Priority.P0, "Add a CI check that every resolver config keeps the corp.internal forwarder",
                        "Omar Haddad", LocalDate.of(2026, 1, 23), ActionStatus.DONE),
                tuple(Priority.P1, "Canary resolver config pushes to one AZ first", "Maya Levi",
                        LocalDate.of(2026, 2, 6), ActionStatus.IN_PROGRESS),
                tuple(Priority.P2, "Start a DNS on-call rotation", "Kenji Sato", null, ActionStatus.OPEN));
        assertThat(a.lessons()).extracting(Analysis.Lesson::title, Analysis.Lesson::learned).containsExactly(
                tuple("Templates hide deletions", "review the rendered config, not the template."),
                tuple("Probe what you depend on", "our probes only resolved public names."));
        assertThat(a.mitigationSteps()).containsExactly("Rolled back the resolver config to the previous release.",
                "Restarted resolvers that kept the bad config cached.");
        assertThat(a.recoveryMetrics())
                .isEqualTo("API error rate peaked at 19% at 12:20 AM and was under 0.5% from 1:50 AM.");
        assertThat(a.automationOpportunities())
                .containsExactly("Roll back resolver config automatically when the SERVFAIL rate passes 5%");

        assertThat(r.references()).containsExactly(
                new Link("incident.io", "https://app.incident.io/acme/incidents/42"),
                new Link("Dashboards", "https://grafana.example.com/d/dns"),
                new Link("Runbook", "https://wiki.example.com/dns/resolver-rollback"));
        assertThat(r.relatedIncidents()).containsExactly(new RelatedIncident("INC-2025-0877",
                "https://hindsight.example.com/incidents/INC-2025-0877", "same templating pipeline"));
        assertThat(r.extraSections()).singleElement().satisfies(extra -> {
            assertThat(extra.heading()).isEqualTo("Customer impact notes");
            assertThat(extra.body()).startsWith("Three partners opened tickets.");
        });
    }

    @Test
    void theTemplateWithOnlyATitleFilledInReadsAsAnEmptyRecord() {
        String blank = new Renderer(Templates.builtIn(), Conventions.defaults()).markdown(
                PostMortem.draft("Only a title"), "front-matter", RenderOptions.defaults().withGuidance(true));
        assertThat(blank).contains("{INCIDENT_ID}", "{START_TIME}", "{INCIDENT_URL}", "| P0 | | | | ⬜ |", "<!--");

        Imported imported = IMPORTER.read(blank, null);
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.FRONT_MATTER);
        assertThat(r.title()).isEqualTo("Only a title");
        assertThat(r.id()).isNull();
        assertThat(r.severity()).isNull();
        assertThat(r.dateWritten()).isNull();
        assertThat(r.timeline().events()).isEmpty();
        assertThat(r.responders()).isEmpty();
        assertThat(r.communication().log()).isEmpty();
        assertThat(r.actionItems()).isEmpty();
        assertThat(r.references()).isEmpty();
        assertThat(r.reportedTimes()).isEmpty();
        assertThat(r.detection().gaps()).isEmpty();
        assertThat(r.analysis().summary()).isEmpty();
        assertThat(r.analysis().lessons()).isEmpty();
        assertThat(r.analysis().contributingFactors()).isEmpty();
        assertThat(r.extraSections()).isEmpty();
    }

    @Test
    void theHourRepeatedWhenClocksGoBackKeepsBothInstants() {
        // 01:30 PDT and 01:30 PST on 2 November 2025 are an hour apart; the zone abbreviation tells them apart.
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        PostMortem record = PostMortem.builder().title("Clock change").timeZone(pacific)
                .event(new TimelineEvent(Instant.parse("2025-11-02T08:10:00Z"), pacific, "Queue backs up",
                        EventKind.STARTED, null, null))
                .event(new TimelineEvent(Instant.parse("2025-11-02T08:30:00Z"), pacific, "Pager fires",
                        EventKind.DETECTED, null, null))
                .event(new TimelineEvent(Instant.parse("2025-11-02T09:30:00Z"), pacific, "Workers restarted",
                        EventKind.RESOLVED, null, null))
                .build();
        String markdown = new Renderer(Templates.builtIn(), Conventions.defaults())
                .markdown(record, "front-matter", RenderOptions.defaults());

        assertThat(markdown).contains("2025-11-02 01:30 PDT", "2025-11-02 01:30 PST");
        assertThat(IMPORTER.read(markdown, null).record().timeline().events()).extracting(TimelineEvent::at)
                .containsExactly(Instant.parse("2025-11-02T08:10:00Z"), Instant.parse("2025-11-02T08:30:00Z"),
                        Instant.parse("2025-11-02T09:30:00Z"));
    }

    @Test
    void anImportedDocumentRendersAndImportsAgainUnchanged() throws IOException {
        Renderer renderer = new Renderer(Templates.builtIn(), Conventions.defaults());
        for (String name : new String[] {"front-matter-checkout.md", "front-matter-dns.md"}) {
            PostMortem first = read(name).record();
            String markdown = renderer.markdown(first, "front-matter", RenderOptions.defaults().withGuidance(true));
            PostMortem second = IMPORTER.read(markdown, null).record();

            assertThat(FrontMatterRoundTripTest.Carried.of(second)).as(markdown)
                    .isEqualTo(FrontMatterRoundTripTest.Carried.of(first));
            FrontMatterRoundTripTest.assertFrontMatterIsYaml(markdown);
        }
    }
}
