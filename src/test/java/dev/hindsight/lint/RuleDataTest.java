package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.FindingConventions;
import dev.hindsight.template.BuiltInTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules' data files and the built-in templates they read placeholders from are all in the digest the kept counts
 * are counted under, and a change of one changes it.
 */
class RuleDataTest {

    @Test
    void everyDataFileUnderLintIsInTheDigestOrMadeFromOneThatIs() throws IOException {
        Path folder = Path.of("src/main/resources/lint"); // the jar's: the test resources add sentences of their own
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(RuleData.FILES.stream(), RuleData.DERIVED.keySet().stream()).toList());
        }
        assertThat(RuleData.FILES).containsAll(RuleData.DERIVED.values());
    }

    @Test
    void aChangedSeverityTableChangesTheDigestAndSoTheConventionsFingerprint() {
        String changed = RuleData.digest(resource -> {
            byte[] real = read(resource);
            return resource.equals("/lint/severity-for-impact.json")
                    ? (new String(real, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8) : real;
        });

        assertThat(RuleData.digest(RuleDataTest::read)).isEqualTo(RuleData.digest()).hasSize(64);
        assertThat(changed).isNotEqualTo(RuleData.digest());
        assertThat(new FindingCount().conventionsJudgedBy(Conventions.defaults()))
                .contains("rule-data " + RuleData.digest());
        assertThat(FindingConventions.fingerprint(Conventions.defaults())).hasSize(64);
    }

    @Test
    void aChangedListOfNameParticlesTheImporterSharesChangesTheDigest() {
        String changed = RuleData.digest(resource -> resource.equals("/importer/name-words.json")
                ? new String(read(resource), StandardCharsets.UTF_8).replace("\"van\", ", "")
                        .getBytes(StandardCharsets.UTF_8)
                : read(resource));

        assertThat(RuleData.SHARED).containsExactly("/importer/name-words.json");
        assertThat(changed).isNotEqualTo(RuleData.digest());
    }

    @Test
    void aBuiltInTemplateWithAnotherPlaceholderChangesTheDigest() {
        String review = new String(read("/templates/review.md.mustache"), StandardCharsets.UTF_8);
        assertThat(review).contains("{{#placeholders}}");
        String reworded = review.replaceFirst("\\{\\{#placeholders}}", "{{#placeholders}}Write it here: ");
        String changed = RuleData.digest(resource -> resource.equals("/templates/review.md.mustache")
                ? reworded.getBytes(StandardCharsets.UTF_8) : read(resource));

        assertThat(changed).isNotEqualTo(RuleData.digest());
        assertThat(FindingCount.judgedBy(Conventions.defaults(), changed))
                .isNotEqualTo(new FindingCount().conventionsJudgedBy(Conventions.defaults()));
    }

    @Test
    void everyBuiltInTemplateTheRulesReadIsInTheDigest() {
        for (BuiltInTemplate template : BuiltInTemplate.values()) {
            String changed = RuleData.digest(resource -> resource.equals(template.resource())
                    ? (new String(read(resource), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8)
                    : read(resource));
            assertThat(changed).as(template.resource()).isNotEqualTo(RuleData.digest());
        }
        assertThat(RuleData.template(BuiltInTemplate.SEV)).isEqualTo(new String(read(BuiltInTemplate.SEV.resource()),
                StandardCharsets.UTF_8));
    }

    private static byte[] read(String resource) {
        try (var in = RuleData.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
