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
}
