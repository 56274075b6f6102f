package dev.hindsight.lint.blame;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.doccat.DoccatModel;

/**
 * Writes src/main/resources/lint/blame-weights.bin from the trained model, src/main/resources/lint/blame-model.bin
 * (run after {@link LikelyBlameTraining}): {@code java -cp target/test-classes:target/classes:$(cat
 * target/classpath.txt) dev.hindsight.lint.blame.BlameWeightsExport src/main/resources/lint/blame-weights.bin}.
 */
public final class BlameWeightsExport {

    private BlameWeightsExport() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), BlameWeightsFile.write(fromModel()));
    }

    /** The weights as {@link BlameWeights#of} lays them out from the model in the jar. */
    static BlameWeights fromModel() throws Exception {
        try (InputStream in = LikelyBlame.class.getResourceAsStream(LikelyBlame.MODEL)) {
            return BlameWeights.of(new DoccatModel(in), LikelyBlame.BLAME);
        }
    }
}
