package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stage reads its weights by word number instead of through the library's feature strings (session 15); its
 * score must stay the library's exactly, or the measured precision and recall would no longer describe it.
 */
class LikelyBlameScoringTest {

    private final LibraryBlameScoring library = new LibraryBlameScoring();

    LikelyBlameScoringTest() throws Exception {
    }

    @Test
    void everyLabelledAndEveryRealSentenceScoresBitForBitAsTheLibraryScoredIt() throws Exception {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> sets = Files.list(Path.of("src/test/resources/lint"))) {
            for (Path set : sets.filter(p -> p.getFileName().toString().startsWith("blame-sentences")).sorted()
                    .toList()) {
                for (String line : Files.readAllLines(set)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        sentences.add(line.split("\t", 2)[1]);
                    }
                }
            }
        }
        for (LikelyBlameTraining.Labelled s : LikelyBlameTraining.realSentences()) {
            sentences.add(s.text());
        }
        assertThat(sentences).hasSizeGreaterThan(4000);

        List<String> different = new ArrayList<>();
        int above = 0;
        for (String s : sentences) {
            double expected = library.of(s);
            if (Double.doubleToRawLongBits(LikelyBlame.of(s)) != Double.doubleToRawLongBits(expected)) {
                different.add(s + " — " + LikelyBlame.of(s) + " against " + expected);
            }
            above += expected > LikelyBlame.THRESHOLD ? 1 : 0;
        }
        assertThat(different).isEmpty();
        assertThat(above).as("sentences the model judges blame").isGreaterThan(100);
    }

    @Test
    void wordsTheModelNeverSawCapitalsCurlyApostrophesAndRepeatsScoreAsTheLibraryScoredThem() {
        for (String s : List.of("", " ", "...", "Ana", "ANA DIDN\u2019T CHECK THE CONFIG", "didn't didn't didn't",
                "the the the the the", "Zyxqv wrote qqq-zz to prod@example.com at 09:03",
                "Émilie n'a pas vérifié — Ana’s deploy broke it", "he he he forgot forgot", "-", "'", "a-b c@d 'e'",
                "Carlos dropped the orders table thinking he was connected to staging.")) {
            assertThat(Double.doubleToRawLongBits(LikelyBlame.of(s))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(library.of(s)));
        }
    }
}
