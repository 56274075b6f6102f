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
 * Precision and recall of the blame check on a labelled set of sentences written for it (src/test/resources/lint/
 * blame-sentences.tsv): aims 0.9 and 0.85 from the issue, figures reported in docs/lint.md.
 */
class BlameCorpusTest {

    private record Labelled(boolean blame, String sentence) {
    }

    private final BlameCheck check = new BlameCheck(BlameWords.builtIn());

    /** The rules were written with this set: it must meet the issue's aims. */
    @Test
    void theBlameCheckMeetsTheAimsOnTheSentencesItsRulesWereWrittenWith() throws IOException {
        Score score = measure("/lint/blame-sentences.tsv", true);
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * Written by someone who had not seen the rules; measured once (precision 0.971, recall 0.508), then its misses
     * shaped rules, so it is held out no more. Guards what was gained.
     */
    @Test
    void theBlameCheckKeepsWhatTheFirstUnseenSetTaughtIt() throws IOException {
        Score score = measure("/lint/blame-sentences-heldout.tsv", true);
        assertThat(score.precision()).as(score.wrong()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.wrong()).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The honest figure: a second set no rule was changed for (docs/lint.md). Its sentences are not printed, so
     * nobody tunes to them by accident; the floors only catch a change that makes things worse. When a rule is
     * changed after reading this set's misses, write a new one.
     */
    @Test
    void theBlameCheckIsMeasuredOnASecondUnseenSet() throws IOException {
        Score score = measure("/lint/blame-sentences-heldout-2.tsv", false);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.35);
    }

    private record Score(double precision, double recall, String wrong) {
    }

    private Score measure(String resource, boolean show) throws IOException {
        List<Labelled> corpus = corpus(resource);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Labelled l : corpus) {
            boolean found = check.blames(l.sentence());
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
        System.out.printf(Locale.ROOT, "%s: blame check on %d sentences: precision %.3f, recall %.3f%n", resource,
                corpus.size(), precision, recall);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        return new Score(precision, recall, show ? String.join("\n", wrong) : "(sentences not shown)");
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
