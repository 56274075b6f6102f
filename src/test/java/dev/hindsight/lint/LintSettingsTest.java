package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintSettingsTest {

    private static final Instant AT = Instant.parse("2026-03-09T10:00:00Z");

    /** A record whose summary says {@code summary}, with an action item so that completeness says nothing. */
    private static PostMortem saying(String summary) {
        PostMortem draft = PostMortem.draft("Checkout 502s").toBuilder().actionItems(List.of(ActionItem.of(
                "Alert on certificate expiry", "priya", Priority.P1, LocalDate.parse("2026-03-20")))).build();
        return draft.toBuilder().analysis(draft.analysis().toBuilder().summary(summary).build()).build();
    }

    private static List<String> rules(RecordLint lint, PostMortem record) {
        return lint.findings(record).stream().map(Finding::rule).toList();
    }

    private static List<String> fields(InvalidInput e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    private static Dismissal dismissal(Finding f, String reason) {
        return new Dismissal("INC-2026-0001", 1, f.rule(), f.field(), f.excerpt(), reason, "priya", AT, null, null);
    }

    @Test
    void aRuleSwitchedOffFindsNothingAndARuleAtAnotherLevelFindsAtThatLevel() {
        PostMortem record = saying("The root cause was human error. The migration was a careless change.");
        LintSettings settings = LintSettings.fromJson("""
                {"rules": {"blame.human-error": "off", "blame.judgement": "error"}}""");

        List<Finding> built = RecordLint.builtIn().findings(record);
        List<Finding> found = new RecordLint(settings, Conventions.defaults()).findings(record);

        assertThat(built).extracting(Finding::rule).containsExactly("blame.human-error", "blame.judgement");
        assertThat(found).extracting(Finding::rule).containsExactly("blame.judgement");
        assertThat(found.get(0).level()).isEqualTo(FindingLevel.ERROR);
        assertThat(built.get(1).level()).isEqualTo(FindingLevel.WARNING);
    }

    @Test
    void aWordAddedToAListIsFoundAndAWordRemovedIsNot() {
        PostMortem bumbling = saying("The migration was a bumbling change.");
        PostMortem careless = saying("The migration was a careless change.");
        LintSettings settings = LintSettings.fromJson("""
                {"words": {"judgements": {"add": ["Bumbling"], "remove": ["careless"]}}}""");

        assertThat(rules(RecordLint.builtIn(), bumbling)).isEmpty();
        assertThat(rules(RecordLint.builtIn(), careless)).containsExactly("blame.judgement");
        assertThat(rules(new RecordLint(settings, Conventions.defaults()), bumbling))
                .containsExactly("blame.judgement");
        assertThat(rules(new RecordLint(settings, Conventions.defaults()), careless)).isEmpty();
        assertThat(settings.added()).containsEntry("judgements", List.of("bumbling"));
    }

    @Test
    void aNameAddedToTheNamesListIsAPersonWhoCanBeBlamedForWhatSystemsDoToo() {
        PostMortem record = saying("Zephyrine failed to renew the certificate before it expired.");
        LintSettings settings = LintSettings.fromJson("""
                {"words": {"names": {"add": ["zephyrine"]}}}""");

        // Unknown, "Zephyrine" may be a system: no rule blames it, only the learned stage may warn that it reads
        // like blame (its gate asks for no known person since session 14).
        assertThat(rules(RecordLint.builtIn(), record)).isSubsetOf("blame.likely");
        assertThat(rules(new RecordLint(settings, Conventions.defaults()), record))
                .containsExactly("blame.person-failed");
    }

    @Test
    void settingsRefusedNameEveryFieldThatIsWrong() {
        InvalidInput e = (InvalidInput) catchInvalid("""
                {"rules": {"blame.nonsense": "off", "blame.judgement": "critical"},
                 "words": {"adjectives": {"add": ["clumsy"]},
                           "judgements": {"add": ["very clumsy", "<b>"], "remove": ["splendid"], "drop": []}},
                 "colour": "red"}""");

        assertThat(fields(e)).containsExactlyInAnyOrder("colour", "rules.blame.judgement", "words.judgements.drop",
                "rules.blame.nonsense", "words.adjectives", "words.judgements.add[0]", "words.judgements.add[1]",
                "words.judgements.remove[0]");
        assertThat(e.getMessage()).contains("blame.nonsense: is not a rule; the rules are blame.person-failed",
                "'very clumsy' is 2 words", "'splendid' is not in the built-in judgements list",
                "\"off\", \"error\", \"warning\" or \"note\", was \"critical\"");
    }

    private static RuntimeException catchInvalid(String json) {
        try {
            LintSettings.fromJson(json);
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aListMayGainAtMostItsBoundOfEntries() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= LintSettings.MAX_ENTRIES_PER_LIST; i++) {
            many.add("word" + i);
        }
        String json = "{\"words\": {\"judgements\": {\"add\": " + dev.hindsight.json.Json.write(many) + "}}}";

        assertThatThrownBy(() -> LintSettings.fromJson(json)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("words.judgements.add: has 501 entries; at most 500");
        assertThatThrownBy(() -> LintSettings.fromJson("{\"words\": {\"roles\": {\"add\": [\"" + "a".repeat(61)
                + "\"]}}}")).hasMessageContaining("words.roles.add[0]: is 61 characters; at most 60");
    }

    @Test
    void settingsReadBackFromTheirJsonAreTheSame() {
        LintSettings settings = LintSettings.fromJson("""
                {"rules": {"completeness.action-due": "NOTE", "blame.hindsight": "off"},
                 "words": {"roles": {"add": ["release  captain"]}, "judgements": {"remove": ["lazy"]}}}""");

        LintSettings again = LintSettings.fromJson(settings.toJson());

        assertThat(again).isEqualTo(settings);
        assertThat(settings.toJson().toString()).isEqualTo("{\"rules\":{\"blame.hindsight\":\"off\","
                + "\"completeness.action-due\":\"note\"},\"words\":{\"judgements\":{\"remove\":[\"lazy\"]},"
                + "\"roles\":{\"add\":[\"release captain\"]}}}");
        assertThat(LintSettings.fromJson("{}").isBuiltIn()).isTrue();
    }

    @Test
    void aDismissedFindingIsNotShownAndComesBackWhenReinstated() {
        PostMortem record = saying("The root cause was human error. The migration was a careless change.");
        Finding judgement = RecordLint.builtIn().findings(record).get(1);
        Dismissal standing = dismissal(judgement, "The change is the vendor's, quoted from their report.");
        Dismissal reinstated = new Dismissal("INC-2026-0001", 2, judgement.rule(), judgement.field(),
                judgement.excerpt(), "why", "priya", AT, "omar", AT.plusSeconds(60));

        assertThat(rules(RecordLint.builtIn(), record)).containsExactly("blame.human-error", "blame.judgement");
        assertThat(RecordLint.builtIn().findings(record, List.of(standing))).extracting(Finding::rule)
                .containsExactly("blame.human-error");
        assertThat(RecordLint.builtIn().findings(record, List.of(reinstated))).hasSize(2);
        assertThat(RecordLint.builtIn().dismissed(record, List.of(reinstated, standing)))
                .extracting(d -> d.dismissal().number()).containsExactly(1);
    }

    @Test
    void aDismissalSurvivesEditsElsewhereAndStopsMatchingWhenItsSentenceChanges() {
        PostMortem record = saying("Checkout failed for 38 minutes. The migration was a careless change.");
        Finding judgement = RecordLint.builtIn().findings(record).get(0);
        List<Dismissal> dismissed = List.of(dismissal(judgement, "Quoted from the vendor."));
        PostMortem editedElsewhere = record.toBuilder().title("Checkout returned 502s for 38 minutes")
                .analysis(record.analysis().toBuilder().summary("Checkout failed for 41 minutes, as the logs show.\n"
                        + "The migration was a   careless\nchange.").build()).build();
        PostMortem rewritten = record.toBuilder().analysis(record.analysis().toBuilder()
                .summary("Checkout failed for 38 minutes. The migration was a careless and untested change.")
                .build()).build();

        assertThat(RecordLint.builtIn().findings(editedElsewhere, dismissed)).isEmpty();
        assertThat(RecordLint.builtIn().findings(rewritten, dismissed)).extracting(Finding::rule)
                .containsExactly("blame.judgement");
    }

    @Test
    void aDismissedSentenceInTheTimelineStaysDismissedWhenAnEntryIsAddedAboveIt() {
        TimelineEvent blame = new TimelineEvent(AT, null, "The on-call engineer forgot to page the "
                + "database team.", EventKind.NOTE, "", "");
        PostMortem record = saying("Checkout failed.").toBuilder().timeline(new Timeline(List.of(blame))).build();
        Finding found = RecordLint.builtIn().findings(record).get(0);
        PostMortem moved = record.toBuilder().timeline(new Timeline(List.of(new TimelineEvent(AT.minusSeconds(60), null,
                "The error-rate alert fired.", EventKind.NOTE, "", ""), blame))).build();

        assertThat(found.field()).endsWith("[0].text");
        assertThat(RecordLint.builtIn().findings(moved, List.of(dismissal(found, "Paging is the tool's job."))))
                .isEmpty();
    }

    @Test
    void dismissingOneActionItemsMissingOwnerLeavesTheOthers() {
        PostMortem record = saying("Checkout failed.").toBuilder().actionItems(List.of(
                ActionItem.of("Alert on expiry", "", Priority.P1, LocalDate.parse("2026-03-20")),
                ActionItem.of("Rotate automatically", "", Priority.P2, LocalDate.parse("2026-04-20")))).build();
        Finding first = RecordLint.builtIn().findings(record).get(0);

        List<Finding> left = RecordLint.builtIn().findings(record, List.of(dismissal(first, "Owned by a rota.")));

        assertThat(first.field()).isEqualTo("actionItems[0].owner");
        assertThat(left).extracting(Finding::field).containsExactly("actionItems[1].owner");
    }

    @Test
    void everyRuleAFindingCarriesIsOneTheSettingsKnow() {
        PostMortem record = saying("The root cause was human error. Tom's mistake caused it. The migration was a "
                + "careless change. If she had been more careful it would not have happened. Marco forgot to "
                + "update the certificate.").toBuilder().actionItems(List.of(ActionItem.of("Fix", "", Priority.P1,
                null))).build();

        assertThat(RecordLint.builtIn().findings(record)).extracting(Finding::rule)
                .allSatisfy(rule -> assertThat(ReviewAssistant.rules()).containsKey(rule))
                .contains("blame.human-error", "blame.person-fault", "blame.judgement", "blame.hindsight",
                        "blame.person-failed", "completeness.action-owner", "completeness.action-due");
    }
}
