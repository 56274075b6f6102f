package dev.hindsight.lint.blame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The weights the jar carries are exactly what the trained model lays out to, so the rule data's digest of the model
 * stands for them, and a file that is not theirs is refused rather than scoring sentences with nonsense.
 */
class BlameWeightsFileTest {

    @Test
    void theShippedWeightsAreTheTrainedModelsOwn() throws Exception {
        byte[] shipped;
        try (InputStream in = LikelyBlame.class.getResourceAsStream(BlameWeightsFile.RESOURCE)) {
            shipped = in.readAllBytes();
        }

        assertThat(Arrays.equals(shipped, BlameWeightsFile.write(BlameWeightsExport.fromModel())))
                .as("lint/blame-weights.bin is stale: run BlameWeightsExport (its class comment says how)")
                .isTrue();
    }

    @Test
    void weightsReadBackScoreSentencesAsTheModelDoes() throws Exception {
        BlameWeights model = BlameWeightsExport.fromModel();
        BlameWeights read = BlameWeightsFile.read(BlameWeightsFile.write(model));

        for (String sentence : new String[] {"The engineer forgot to run the migration and broke checkout.",
                "Priya ran the migration at 14:02 following the runbook.", "", "didn't bother checking"}) {
            assertThat(read.score(sentence)).as(sentence).isEqualTo(model.score(sentence));
        }
        assertThat(read.score("He ignored the alert.")).isGreaterThan(0.0);
    }

    @Test
    void aFileThatIsNotTheWeightsIsRefused() throws Exception {
        byte[] whole = BlameWeightsFile.write(BlameWeightsExport.fromModel());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        byte[] longer = Arrays.copyOf(whole, whole.length + 8);
        byte[] foreign = "PK\u0003\u0004 a zip, say".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] huge = whole.clone();
        java.nio.ByteBuffer.wrap(huge).putInt(24, Integer.MAX_VALUE); // the words' characters: 2 billion of them

        assertThatThrownBy(() -> BlameWeightsFile.read(cut)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("blame-weights.bin");
        assertThatThrownBy(() -> BlameWeightsFile.read(longer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consistent");
        assertThatThrownBy(() -> BlameWeightsFile.read(foreign)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the weights");
        assertThatThrownBy(() -> BlameWeightsFile.read(huge)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cut short or damaged");
    }
}
