package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Templates;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Incident post-mortems written by people, not by Hindsight: the template's prompts left in, sections deleted,
 * added and reordered, 12-hour times with the zone stated once, dates written several ways.
 */
class PostmortemImportTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();

    static String resource(String name) throws IOException {
        try (InputStream in = PostmortemImportTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCheckoutOutageWrittenByHandIsReadFieldByField() throws IOException {
        Imported imported = new DocumentImporter(CONVENTIONS).read(resource("postmortem-checkout-certificate.md"), null);
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.POSTMORTEM);
        assertThat(r.title()).isEqualTo("Checkout failures after payment gateway certificate rotation");
        assertThat(r.dateWritten()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(r.severity().level()).isEqualTo(2);
        assertThat(r.severity().label()).isEqualTo("High");
        assertThat(r.author()).isEqualTo("Dana Whitfield, Raj Patel");
        assertThat(r.impact().summary()).isEqualTo("Card payments failed for about a fifth of checkout attempts");
        assertThat(r.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));

        // Pacific Standard Time on March 3: UTC-8. The unfilled "[Time]" entry is dropped without a fuss.
        assertThat(r.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::kind).containsExactly(
                tuple(Instant.parse("2026-03-03T21:50:00Z"), EventKind.STARTED),
                tuple(Instant.parse("2026-03-03T22:05:00Z"), EventKind.DETECTED),
                tuple(Instant.parse("2026-03-03T22:12:00Z"), EventKind.ACKNOWLEDGED),
                tuple(Instant.parse("2026-03-03T22:31:00Z"), EventKind.ROOT_CAUSE_IDENTIFIED),
                tuple(Instant.parse("2026-03-03T22:44:00Z"), EventKind.NOTE),
                tuple(Instant.parse("2026-03-03T22:58:00Z"), EventKind.MITIGATED),
                tuple(Instant.parse("2026-03-03T23:10:00Z"), EventKind.RESOLVED));
        assertThat(r.timeline().events().get(1).text())
                .isEqualTo("Initial detection - PaymentDeclineRate alert fires in #payments-alerts");
        assertThat(r.timeline().events()).allSatisfy(e -> assertThat(e.zone()).isEqualTo(r.timeZone()));
        assertThat(r.durationMinutes()).contains(80L);

        assertThat(r.analysis().summary()).startsWith("On the afternoon of March 3 our payment gateway")
                .contains("\n\nPayPal and gift-card checkouts kept working").doesNotContain("[Provide");
        assertThat(r.analysis().rootCause().whatHappened()).startsWith("The rotation playbook copies `server.crt`")
                .endsWith("rejected the handshake.");
        assertThat(r.analysis().resolution()).isEmpty();
        assertThat(r.analysis().prevention()).startsWith("Every certificate rotation now ends with a chain check");

        assertThat(r.impact().users().count()).isEqualTo(4200L);
        assertThat(r.impact().users().percent()).isEqualTo(18.0);
        assertThat(r.impact().users().description())
                .isEqualTo("About 4,200 customers (roughly 18% of checkout attempts)");
        assertThat(r.impact().services()).containsExactly("Checkout API", "Payments gateway", "iOS app");
        assertThat(r.impact().businessImpact()).isEqualTo(
                "Around $38,000 in delayed orders; two enterprise customers escalated to their account managers.");
        assertThat(r.reportedTimes()).isEmpty();

        assertThat(r.actionItems()).extracting(ActionItem::title, ActionItem::description, ActionItem::owner,
                ActionItem::priority, ActionItem::dueDate, ActionItem::status).containsExactly(
                tuple("Verify chain on every host",
                        "add a post-rotation check that fails the playbook when the chain is missing", "Raj Patel",
                        Priority.P0, LocalDate.of(2026, 3, 5), ActionStatus.DONE),
                tuple("Raise /etc/ssl quota", "", "Ops on-call", Priority.P0, LocalDate.of(2026, 3, 6),
                        ActionStatus.OPEN),
                tuple("Synthetic card checkout probe", "run a real test transaction per card network every minute",
                        "lena.vogt", Priority.P1, LocalDate.of(2026, 3, 20), ActionStatus.IN_PROGRESS));

        assertThat(r.analysis().wentWell()).extracting(Finding::title).containsExactly(
                "The decline-rate alert fired within 15 minutes of the first failed payment",
                "Draining the bad hosts stopped most of the failures before the fix was ready");
        assertThat(r.analysis().wentWrong()).extracting(Finding::title)
                .containsExactly("The rotation playbook reported success although three copies failed");
        assertThat(r.analysis().gotLucky()).extracting(Finding::title)
                .containsExactly("It happened on a Tuesday afternoon, not during the Friday sale");

        assertThat(r.communication().assessment()).startsWith("Internal updates went to #inc-checkout")
                .endsWith("- Enterprise account managers were told by email after the fix");
        assertThat(r.communication().log()).isEmpty();
        assertThat(r.analysis().supportingMetrics())
                .isEqualTo("Decline rate dashboard: https://grafana.example.com/d/payments-declines");
        assertThat(r.relatedIncidents()).containsExactly(
                new RelatedIncident("INC-2025-0113", "", "certificate expiry on the internal API gateway"));
        assertThat(r.references()).containsExactly(
                new Link("Runbook", "https://wiki.example.com/runbooks/cert-rotation"),
                new Link("PR #4521 - playbook chain check", "https://git.example.com/payments/gateway/pull/4521"));

        assertThat(r.extraSections()).singleElement().satisfies(extra -> {
            assertThat(extra.heading()).isEqualTo("Customer Support Follow-up");
            assertThat(extra.body()).isEqualTo(
                    "Support sent a goodwill voucher to the 212 customers who contacted us during the outage.");
        });
        assertThat(imported.notes()).anyMatch(n -> n.contains("Customer Support Follow-up"));
        assertThat(new PostMortemRules(CONVENTIONS).problems(r)).isEmpty();
    }

    @Test
    void anOvernightIncidentWithSectionsReorderedAndLooseFormattingIsRead() throws IOException {
        Imported imported = new DocumentImporter(CONVENTIONS).read(resource("postmortem-search-overnight.md"), null);
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.POSTMORTEM);
        assertThat(r.title()).isEqualTo("Overnight reindex left EU search results empty");
        assertThat(r.dateWritten()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(r.severity().level()).isEqualTo(2);
        assertThat(r.severity().label()).isEqualTo("SEV2");
        assertThat(r.author()).isEqualTo("Lena Vogt");
        assertThat(r.timeZone()).isEqualTo(ZoneId.of("America/New_York"));

        // Eastern Standard Time (UTC-5); 12:40 AM follows 11:52 PM, so it is the next day; one entry is in UTC;
        // "3 AM" has no minutes; the entry without a time is skipped with a note.
        assertThat(r.timeline().events()).extracting(TimelineEvent::at, TimelineEvent::kind).containsExactly(
                tuple(Instant.parse("2026-03-03T04:40:00Z"), EventKind.STARTED),
                tuple(Instant.parse("2026-03-03T04:52:00Z"), EventKind.DETECTED),
                tuple(Instant.parse("2026-03-03T05:40:00Z"), EventKind.ACKNOWLEDGED),
                tuple(Instant.parse("2026-03-03T06:05:00Z"), EventKind.ROOT_CAUSE_IDENTIFIED),
                tuple(Instant.parse("2026-03-03T06:30:00Z"), EventKind.MITIGATION_STARTED),
                tuple(Instant.parse("2026-03-03T07:10:00Z"), EventKind.RESOLVED),
                tuple(Instant.parse("2026-03-03T08:00:00Z"), EventKind.CLOSED));
        assertThat(r.timeline().events().get(0).text()).isEqualTo("Nightly reindex job kicked off for the EU shard");
        assertThat(r.timeline().events().get(3).zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(r.durationMinutes()).contains(150L);
        assertThat(imported.notes()).anyMatch(n -> n.contains("sometime later") && n.contains("skipped"));

        assertThat(r.analysis().summary()).startsWith("The nightly reindex for the EU shard")
                .endsWith("saw no results.");
        assertThat(r.analysis().rootCause().whatHappened()).startsWith("The alias swap ran before the bulk load");
        assertThat(r.analysis().wentWell()).extracting(Finding::title)
                .containsExactly("Alerting caught it 12 minutes after the job started");
        assertThat(r.analysis().wentWrong()).extracting(Finding::title).containsExactly(
                "Nobody on call knew the reindex job existed", "The runbook linked to a deleted dashboard");
        assertThat(r.analysis().gotLucky()).extracting(Finding::title)
                .containsExactly("Night-time in Europe, so few searches were affected");

        assertThat(r.impact().users().percent()).isEqualTo(9.5);
        assertThat(r.impact().users().count()).isNull();
        assertThat(r.impact().services()).containsExactly("Search API", "EU storefront");
        assertThat(r.impact().businessImpact()).isEmpty();

        assertThat(r.actionItems()).extracting(ActionItem::title, ActionItem::description, ActionItem::owner,
                ActionItem::priority, ActionItem::dueDate, ActionItem::status).containsExactly(
                tuple("Add a dry-run flag to the reindex script", "", "Lena Vogt", null, LocalDate.of(2026, 3, 10),
                        ActionStatus.OPEN),
                tuple("Alert when the live alias points at an index with zero documents", "fire after 5 minutes",
                        "Omar Haddad", null, LocalDate.of(2026, 3, 6), ActionStatus.DONE),
                tuple("Move reindexing to blue/green aliases", "", "Search team", Priority.P2,
                        LocalDate.of(2026, 4, 30), ActionStatus.OPEN));

        assertThat(r.references()).containsExactly(new Link("", "https://status.example.com/incidents/881"),
                new Link("Slack thread #inc-search-eu", ""));
        assertThat(r.communication().assessment()).isEmpty();
        assertThat(r.analysis().resolution()).isEmpty();
        assertThat(r.extraSections()).isEmpty();
        assertThat(new PostMortemRules(CONVENTIONS).problems(r)).isEmpty();
    }

    @Test
    void aHandWrittenDocumentRendersAndReadsBackUnchanged() throws IOException {
        PostMortem first = new DocumentImporter(CONVENTIONS).read(resource("postmortem-checkout-certificate.md"), null)
                .record();
        String markdown = new Renderer(Templates.builtIn(), CONVENTIONS).markdown(first, "postmortem",
                RenderOptions.defaults());

        PostMortem second = new DocumentImporter(CONVENTIONS).read(markdown, null).record();

        assertThat(PostmortemRoundTripTest.Carried.of(second)).as(markdown)
                .isEqualTo(PostmortemRoundTripTest.Carried.of(first));
        // "Status: In progress" has no checkbox of its own; the follow-through appendix keeps it.
        assertThat(second.actionItems().get(2).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }
}
