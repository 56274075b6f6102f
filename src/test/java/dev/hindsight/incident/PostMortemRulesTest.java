package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.severity.Severity;
import dev.hindsight.severity.SeverityScale;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostMortemRulesTest {

    private final PostMortemRules rules = new PostMortemRules(Conventions.defaults());

    private List<String> fields(PostMortem record) {
        return rules.problems(record).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aFullRecordKeepsEveryRule() {
        assertThat(rules.problems(Records.full())).isEmpty();
    }

    @Test
    void anIncidentCannotBeResolvedBeforeItStarted() {
        PostMortem record = PostMortem.builder().title("Backwards")
                .event(TimelineEvent.milestone(Instant.parse("2026-01-01T10:00:00Z"), EventKind.STARTED, "start"))
                .event(TimelineEvent.milestone(Instant.parse("2026-01-01T09:00:00Z"), EventKind.RESOLVED, "fixed"))
                .build();

        assertThat(rules.problems(record)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("timeline[0].at");
            assertThat(p.problem()).contains("Resolved", "before", "Incident started");
        });
    }

    @Test
    void controlCharactersAreRefusedWhereverTheyAre() {
        PostMortem record = Records.full().toBuilder()
                .title("Title\u001b[31m with an escape code")
                .analysis(Records.full().analysis().toBuilder().narrative("NUL \u0000 inside").build())
                .build();

        assertThat(fields(record)).contains("title", "analysis.narrative");
    }

    @Test
    void aLineBreakInANameIsRefusedButNotInANarrative() {
        PostMortem record = Records.full().toBuilder()
                .responders(List.of(Responder.of("Sam\nOkafor", "Scribe")))
                .analysis(Records.full().analysis().toBuilder().narrative("Two\n\nparagraphs").build())
                .build();

        assertThat(fields(record)).containsExactly("responders[0].name");
    }

    @Test
    void aSeverityLabelThatNamesAnotherLevelIsRefused() {
        PostMortemRules criticality = new PostMortemRules(Conventions.defaults()
                .withSeverityScale(SeverityScale.CRITICALITY));
        PostMortem record = PostMortem.builder().title("Mislabelled").severity(new Severity(1, "Low")).build();

        assertThat(criticality.problems(record)).extracting(FieldProblem::field).containsExactly("severity.label");
        assertThat(criticality.problems(record.toBuilder().severity(new Severity(1, "SEV-1")).build())).isEmpty();
    }

    @Test
    void aShareOfUsersMustBeARealPercentage() {
        PostMortem record = PostMortem.builder().title("Odd numbers").impact(Impact.builder()
                .users(new Impact.UsersAffected(-1L, Double.NaN, "")).build()).build();

        assertThat(fields(record)).containsExactly("impact.users.count", "impact.users.percent");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"javascript:alert(1)", "javascript&#58;alert(1)",
        "javascript&colon;alert(1)", "JaVaScRiPt&#x3A;alert(1)", "java\tscript:alert(1)", "java&#x09;script:alert(1)",
        " \u0001javascript:alert(1)", "javascript%3Aalert(1)", "javascript%253Aalert(1)", "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox"})
    void aLinkThatABrowserWouldRunAsScriptIsRefusedInEveryLinkFieldRespondersIncluded(String url) {
        PostMortem record = Records.full().toBuilder()
                .responders(List.of(new Responder("Sam Okafor", "Scribe", null, null, null, url)))
                .references(List.of(new Link("Dashboard", url)))
                .investigationDoc(new Link("Notes", url))
                .relatedIncidents(List.of(new RelatedIncident("", url, "same cause")))
                .build();

        assertThat(fields(record)).contains("responders[0].link", "references[0].url", "investigationDoc.url",
                "relatedIncidents[0].url");
    }

    @Test
    void webMailRelativeAndEncodedButHarmlessLinksAreKept() {
        PostMortem record = Records.full().toBuilder()
                .responders(List.of(new Responder("Sam Okafor", "Scribe", null, null, null,
                        "https://chat.example.com/u/sam?x=1&amp;y=%20")))
                .references(List.of(new Link("Mail", "mailto:oncall@example.com"), new Link("Wiki", "/wiki/runbook"),
                        new Link("Ticket", "OPS-42")))
                .build();

        assertThat(rules.problems(record)).isEmpty();
    }

    @Test
    void aSectionLongerThanTheLimitIsRefusedNamingIt() {
        PostMortem record = Records.full().toBuilder()
                .analysis(Records.full().analysis().toBuilder().narrative("- ".repeat(100_000)).build())
                .build();

        assertThat(rules.problems(record)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("analysis.narrative");
            assertThat(p.problem()).contains("200000 characters", "at most 100000");
        });
    }

    @Test
    void aPersonOrGroupInTheAccessListLongerThanTheLimitIsRefusedNamingIt() {
        PostMortem record = Records.full().toBuilder()
                .access(new Access(true, List.of("priya", "p".repeat(201)), List.of("sre", "g".repeat(300))))
                .build();

        assertThat(fields(record)).containsExactly("access.people[1]", "access.groups[1]");
        assertThat(rules.problems(record).get(0).problem()).isEqualTo("is 201 characters; at most 200");
        assertThat(fields(record.toBuilder().access(new Access(true, List.of("p".repeat(200)), List.of())).build()))
                .isEmpty();
    }
}
