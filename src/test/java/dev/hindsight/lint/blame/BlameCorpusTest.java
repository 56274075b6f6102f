package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the blame check on the labelled sets of sentences under src/test/resources/lint/: aims 0.9
 * and 0.85 from the issue, figures reported in docs/lint.md. Every set here has shaped the rules by now, so each
 * guards what was gained; the honest figure comes only from a set written afresh by someone who has not seen the
 * rules, measured once (the fourth unseen set, below).
 */
class BlameCorpusTest {

    /** The sets the rules were written with. */
    private static final List<String> RULE_SETS = List.of("/lint/blame-sentences.tsv", "/lint/blame-sentences-heldout.tsv",
            "/lint/blame-sentences-heldout-2.tsv", "/lint/blame-sentences-heldout-3.tsv",
            "/lint/blame-sentences-probes.tsv", "/lint/blame-sentences-kinds.tsv");
    /** Every set the learned stage was trained on: the rules' sets, the fourth unseen set and two training sets. */
    private static final List<String> SETS = java.util.stream.Stream.concat(RULE_SETS.stream(), java.util.stream.Stream
            .of("/lint/blame-sentences-heldout-4.tsv", "/lint/blame-sentences-train-a.tsv",
                    "/lint/blame-sentences-train-b.tsv")).toList();

    private record Labelled(boolean blame, String sentence) {
    }

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());
    private final BlameCheck withoutTagger = BlameCheck.withoutTagger(BlameWords.builtIn());

    /** The rules were written with this set: it must meet the issue's aims. */
    @Test
    void theBlameCheckMeetsTheAimsOnTheSentencesItsRulesWereWrittenWith() throws IOException {
        Score score = measure(check, "/lint/blame-sentences.tsv");
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Written by someone who had not seen the rules; measured once (precision 0.971, recall 0.508), then its misses
     * shaped rules, so it is held out no more. Guards what was gained.
     */
    @Test
    void theBlameCheckKeepsWhatTheFirstUnseenSetTaughtIt() throws IOException {
        Score score = measure(check, "/lint/blame-sentences-heldout.tsv");
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Written by someone who had seen neither the rules nor the other sets; measured once, unseen, at precision
     * 0.885 and recall 0.383, and used for development since (session 12). Guards what was gained.
     */
    @Test
    void theBlameCheckKeepsWhatTheSecondUnseenSetTaughtIt() throws IOException {
        Score score = measure(check, "/lint/blame-sentences-heldout-2.tsv");
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Written in session 12 by someone who had seen neither the rules nor the other sets, in the shapes of real public
     * post-mortems (272 sentences), and measured once, unseen, when that session's rules were done: precision 0.924,
     * recall 0.697 (0.922 / 0.680 with the word lists alone). Its misses were read in session 13 and rules were
     * written for their kinds (with sentences of each kind in the kinds set), so it is held out no more. Guards what
     * was gained.
     */
    @Test
    void theBlameCheckKeepsWhatTheThirdUnseenSetTaughtIt() throws IOException {
        Score score = measure(check, "/lint/blame-sentences-heldout-3.tsv");
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Written in session 13 by the helper who wrote the rules for the third unseen set's kinds of miss: for each
     * kind, new blaming sentences and hard negatives (an everyday name such as "Mark" or "May" used as a word, a
     * person cleared rather than blamed, a cause that is not a fault, a runbook that allows what was done). Its first
     * run, before any rule was changed for it, was precision 0.956, recall 0.970. A guard, not a measure.
     */
    @Test
    void theBlameCheckFindsTheKindsOfBlameItsRulesWereWrittenForAndLittleFalseBlame() throws IOException {
        Score score = measure(check, "/lint/blame-sentences-kinds.tsv");
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * A fourth set (438 sentences, 196 blame), written in session 13 by someone who had seen neither the rules nor the
     * other sets, and measured once, unseen, when that session's rules and learned stage were done: rules precision
     * 0.952, recall 0.602; rules or the learned stage 0.948 / 0.653. In session 14 its misses were read and the
     * learned stage trained on it, so it is a development set now and guards what was gained; the honest figure is
     * the fifth set's, measured by the lead. Its sentences are still not printed.
     */
    @Test
    void theBlameCheckKeepsWhatTheFourthUnseenSetTaughtIt() throws IOException {
        String set = "/lint/blame-sentences-heldout-4.tsv";
        Score rules = measure(check, set);
        Score both = measure(" or the learned stage", check::blamesOrLikely, set);
        assertThat(rules.precision()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.9);
        assertThat(rules.recall()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.57);
        assertThat(both.precision()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.95);
        assertThat(both.recall()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.94);
    }

    /**
     * Four training sets for the learned stage (700, 712, 1,000 and 1,005 sentences), written in session 14 by four
     * writers who had seen neither the rules nor the other sets: the informal parts of a post-mortem (timelines, chat
     * asides, bullets, action items); root-cause, five-whys and lessons prose with subtle and group blame; many
     * incident domains and writers with blame in unusual grammatical shapes; long sentences with the blame in a
     * clause. The rules met them unseen at 0.969 / 0.395, 0.904 / 0.390, 0.947 / 0.361 and 0.931 / 0.542, and have not
     * been changed for them; the learned stage was trained on them, so its figures here are in-sample (docs/lint.md
     * has them left out).
     */
    @Test
    void theLearnedStageKeepsWhatTheFourTrainingSetsTaughtIt() throws IOException {
        for (String set : List.of("/lint/blame-sentences-train-a.tsv", "/lint/blame-sentences-train-b.tsv",
                "/lint/blame-sentences-train-c.tsv", "/lint/blame-sentences-train-d.tsv")) {
            Score rules = measure(check, set);
            Score both = measure(" or the learned stage", check::blamesOrLikely, set);
            assertThat(rules.precision()).as(rules.wrong()).isGreaterThanOrEqualTo(0.9);
            assertThat(rules.recall()).as(rules.wrong()).isGreaterThanOrEqualTo(0.35);
            assertThat(both.precision()).as(both.wrong()).isGreaterThanOrEqualTo(0.95);
            assertThat(both.recall()).as(both.wrong()).isGreaterThanOrEqualTo(0.85);
        }
    }

    /**
     * The fifth set (450 sentences, 200 blame), written in session 14 by someone who had seen neither the checker nor
     * any other set, and measured once by the lead when the session's learned stage was done: rules precision 0.961,
     * recall 0.365; rules or the learned stage 0.955 / 0.855 (the session's starting check: 0.966 / 0.425). Never
     * trained on nor read for rules: with the sixth set, the honest figures. Its sentences are not printed.
     */
    @Test
    void theBlameCheckIsMeasuredOnAFifthUnseenSet() throws IOException {
        String set = "/lint/blame-sentences-heldout-5.tsv";
        Score rules = measure(check, set);
        Score both = measure(" or the learned stage", check::blamesOrLikely, set);
        assertThat(rules.precision()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.9);
        assertThat(rules.recall()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.35);
        assertThat(both.precision()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.9);
        assertThat(both.recall()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.83);
    }

    /**
     * The sixth set (496 sentences, 213 blame), written in session 21 by a helper that had seen neither the checker
     * nor any other set, after reading public post-mortems; measured once on arrival: rules 0.955 / 0.704, rules or
     * the learned stage 0.950 / 0.887. Never trained on nor read for rules. Its sentences are not printed.
     */
    @Test
    void theBlameCheckIsMeasuredOnASixthUnseenSet() throws IOException {
        String set = "/lint/blame-sentences-heldout-6.tsv";
        Score rules = measure(check, set);
        Score both = measure(" or the learned stage", check::blamesOrLikely, set);
        assertThat(rules.precision()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.93);
        assertThat(rules.recall()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.68);
        assertThat(both.precision()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.93);
        assertThat(both.recall()).as("(sentences not shown)").isGreaterThanOrEqualTo(0.86);
    }

    /**
     * Written by the helper who changed the rules in session 12, to look for false blame the new rules might bring
     * (teams, roles with describing words, "they", "the wrong", "without"): a guard, not a measure.
     */
    @Test
    void theBlameCheckFindsLittleFalseBlameInSentencesWrittenToProbeItsNewerRules() throws IOException {
        Score score = measure(check, "/lint/blame-sentences-probes.tsv");
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The part-of-speech pass only adds findings to the word rules, so on every set it must find at least as much
     * blame and no more false blame than the word rules alone; both sets of figures are printed for docs/lint.md.
     */
    @Test
    void thePartOfSpeechPassFindsMoreBlameThanTheWordListsAloneAndNoFalseBlame() throws IOException {
        int gained = 0;
        for (String set : RULE_SETS) {
            Score alone = measure(withoutTagger, set);
            Score tagged = measure(check, set);
            assertThat(tagged.truePositives()).as(set).isGreaterThanOrEqualTo(alone.truePositives());
            assertThat(tagged.falsePositives()).as(tagged.wrong()).isEqualTo(alone.falsePositives());
            gained += tagged.truePositives() - alone.truePositives();
        }
        assertThat(gained).isPositive();
    }

    /**
     * The learned stage ({@code blame.likely}) was trained on every set here, so its figures on them guard only that
     * it adds findings without false blame; what it adds on unseen text was measured leaving each set out (docs/lint.md).
     * Both figures per set are printed for docs/lint.md.
     */
    @Test
    void theLearnedStageOnlyAddsBlameToTheRulesOnTheSetsItWasTrainedOn() throws IOException {
        for (String set : SETS) {
            Score rules = measure(check, set);
            Score both = measure(" or the learned stage", check::blamesOrLikely, set);
            assertThat(both.truePositives()).as(set).isGreaterThanOrEqualTo(rules.truePositives());
            assertThat(both.precision()).as(both.wrong()).isGreaterThanOrEqualTo(0.95);
        }
    }

    private record Score(double precision, double recall, int truePositives, int falsePositives, String wrong) {
    }

    private Score measure(BlameCheck checker, String resource) throws IOException {
        return measure(checker == withoutTagger ? " (word lists alone)" : "", checker::blames, resource);
    }

    private Score measure(String which, java.util.function.Predicate<String> checker, String resource)
            throws IOException {
        List<Labelled> corpus = corpus(resource);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Labelled l : corpus) {
            boolean found = checker.test(l.sentence());
            if (found && l.blame()) {
                truePositives++;
            } else if (found) {
                falsePositives++;
                wrong.add("false positive: " + l.sentence());
            } else if (l.blame()) {
                falseNegatives++;
                wrong.add("missed: " + l.sentence());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "%s: blame check%s on %d sentences: precision %.3f, recall %.3f%n", resource,
                which, corpus.size(), precision, recall);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        return new Score(precision, recall, truePositives, falsePositives, String.join("\n", wrong));
    }

    private static List<Labelled> corpus(String resource) throws IOException {
        try (InputStream in = BlameCorpusTest.class.getResourceAsStream(resource)) {
            List<Labelled> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                out.add(new Labelled(parts[0].equals("B"), parts[1]));
            }
            return out;
        }
    }
}
