package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code hindsight lint} says of the importer's real-shaped documents (imports/real-shapes: post-mortems in
 * the shapes public ones take, none of them written for the checker). None blames anyone, so any blame finding is a
 * false alarm, and one at error level fails a team's pre-commit hook for nothing; the consistency rules must not
 * contradict what a document states.
 */
class RealShapesLintTest {


    private static List<Located> findings;

    @BeforeAll
    static void lintEveryDocument() throws IOException {
        Conventions conventions = Conventions.defaults();
        DocumentImporter importer = new DocumentImporter(conventions);
        RecordLint lint = RecordLint.builtIn(conventions);
        findings = new ArrayList<>();
        for (Path document : documents()) {
            findings.addAll(DocumentLint.findings(lint, importer.read(Files.readAllBytes(document), null),
                    document.getFileName().toString()));
        }
    }

    @Test
    void noRealShapedDocumentGetsAnError() {
        assertThat(findings).filteredOn(f -> f.finding().level() == FindingLevel.ERROR)
                .extracting(RealShapesLintTest::described).isEmpty();
    }

    @Test
    void noBlameIsFoundInThem() {
        assertThat(findings).filteredOn(f -> f.finding().rule().startsWith("blame."))
                .extracting(RealShapesLintTest::described).isEmpty();
    }

    @Test
    void anActionItemSayingWhatWillBeTrueOnceDoneIsNotCalledANounPhrase() {
        assertThat(findings).filteredOn(f -> f.finding().rule().equals("completeness.action-verb"))
                .extracting(f -> f.finding().why())
                .noneMatch(why -> why.contains("Rollout gate checks") || why.contains("The autoscaler stops"))
                .anyMatch(why -> why.contains("Idempotency keys on scheduled exports"));
    }

    private static String described(Located f) {
        return f.file() + " " + f.finding().rule() + " " + f.finding().excerpt();
    }

    private static List<Path> documents() throws IOException {
        Path folder;
        try {
            folder = Path.of(Objects.requireNonNull(RealShapesLintTest.class.getResource("/imports/real-shapes"))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }
}
