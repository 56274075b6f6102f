package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.FindingConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules' data files are all in the digest the kept counts are counted under, and a change of one changes it. */
class RuleDataTest {

    @Test
    void everyDataFileUnderLintIsInTheDigest() throws IOException {
        Path folder = Path.of("src/main/resources/lint"); // the jar's: the test resources add sentences of their own
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(RuleData.FILES);
        }
    }

    @Test
    void aChangedSeverityTableChangesTheDigestAndSoTheConventionsFingerprint() {
        String changed = RuleData.digest(name -> {
            byte[] real = read(name);
            return name.equals("severity-for-impact.json")
                    ? (new String(real, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8) : real;
        });

        assertThat(RuleData.digest(RuleDataTest::read)).isEqualTo(RuleData.digest()).hasSize(64);
        assertThat(changed).isNotEqualTo(RuleData.digest());
        assertThat(new FindingCount().conventionsJudgedBy(Conventions.defaults()))
                .contains("rule-data " + RuleData.digest());
        assertThat(FindingConventions.fingerprint(Conventions.defaults())).hasSize(64);
    }

    private static byte[] read(String name) {
        try (var in = RuleData.class.getResourceAsStream("/lint/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
