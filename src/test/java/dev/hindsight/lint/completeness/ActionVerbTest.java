package dev.hindsight.lint.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.ReviewRecords;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionVerbTest {

    private final ActionVerb rule = new ActionVerb();

    private List<Finding> check(String... titles) {
        List<ActionItem> items = Arrays.stream(titles)
                .map(t -> ReviewRecords.item(t, Priority.P1, LocalDate.parse("2026-03-20"))).toList();
        return rule.check(PostMortem.draft("Disk full").toBuilder().actionItems(items).build());
    }

    @Test
    void aTopicAQuestionOrASingleWordIsNoAction() {
        List<Finding> found = check("Database", "Monitoring improvements", "Investigate?");

        assertThat(found).extracting(Finding::rule, Finding::level, Finding::field).containsExactly(
                tuple("completeness.action-verb", FindingLevel.WARNING, "actionItems[0].title"),
                tuple("completeness.action-verb", FindingLevel.WARNING, "actionItems[1].title"),
                tuple("completeness.action-verb", FindingLevel.WARNING, "actionItems[2].title"));
        assertThat(found.get(0).why()).contains("single word");
        assertThat(found.get(1).why()).contains("topic");
        assertThat(found.get(2).why()).contains("question");
        assertThat(found.get(1).suggestion()).contains("Add an alert on");
    }

    @Test
    void aLongerNounPhraseNamesTheDeliverableSoItIsOnlyNoted() {
        assertThat(check("Synthetic card checkout probe every minute")).extracting(Finding::level)
                .containsExactly(FindingLevel.NOTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Add an alert on certificate expiry",
            "[ ] AI-3: Rotate the signing key quarterly",
            "P0 - Pin the client library version",
            "**Document** the restore steps in the runbook",
            "SRE team to add a disk-usage alert",
            "We will move the report queries to the replica",
            "We are extending on-call coverage to night hours",
            "Adding an alert on the lock wait time",
            "Monitoring: add a probe for every public hostname",
            "Re-enable the canary stage for config pushes",
            "Don't deploy on Fridays without a second reviewer",
            "HIGH Refuse an alias swap to a smaller index"})
    void aTitleThatSaysWhatToDoIsActionable(String title) {
        assertThat(check(title)).isEmpty();
    }

    /** Follow-ups as the real-shaped documents of the importer's tests write them (imports/real-shapes). */
    @ParameterizedTest
    @ValueSource(strings = {
            "Rollout gate checks crash-free rate per locale group, not only overall",
            "The autoscaler stops rolling out a new image if fewer than 90% of new machines register in time.",
            "Read-only jobs connect with a database role that cannot reach the primary",
            "Config refactors diff the resolved settings per job, not the files",
            "The tile availability check samples every zoom level, not just zoom 10.",
            "Error responses from the storage bucket will be cached for no more than 10 seconds.",
            "Policy changes on buckets that serve production traffic will be tested in staging first."})
    void aTitleSayingWhatWillBeTrueOnceDoneIsActionable(String title) {
        assertThat(check(title)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rollback drills for the payments service", "Database failover runbook updates",
            "Idempotency keys on scheduled exports", "Monthly automated restore test with a row-count comparison"})
    void aNounPhraseWithAVerbInItIsStillNoted(String title) {
        assertThat(check(title)).extracting(Finding::level).containsExactly(FindingLevel.NOTE);
    }

    @Test
    void aDoneItemIsNotJudgedOnItsWording() {
        PostMortem record = PostMortem.draft("Disk full").toBuilder()
                .actionItems(List.of(ReviewRecords.done("Database"))).build();

        assertThat(rule.check(record)).isEmpty();
    }

    /** The hand-written trim leaves what the two patterns it replaced left, on words of every kind of character. */
    @Test
    void wordsAreTrimmedAsThePatternsTrimmedThem() {
        java.util.regex.Pattern leading = java.util.regex.Pattern.compile("^[^\\p{L}\\d]+");
        java.util.regex.Pattern trailing = java.util.regex.Pattern.compile("[^\\p{L}\\d:'’-]+$");
        String alphabet = "aZé9٣:'’-.,!?()[]*_\"“”#@\u0085\u2028\u2029\u00a0—–ß" + "\ud835\udc00" + "\ud83d\ude00";
        java.util.Random random = new java.util.Random(14);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String w = word.toString();
            String expected = trailing.matcher(leading.matcher(w).replaceAll("")).replaceAll("");
            assertThat(ActionVerb.trimmed(w)).as(w).isEqualTo(expected);
        }
    }
}
