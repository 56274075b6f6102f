package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.importer.blocks.Blocks;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Post-mortems in the shapes real teams write them (src/test/resources/imports/real-shapes: Markdown, HTML
 * exports and .docx, each beside a {@code NAME.expected.json}) are read into the facts they state, none is
 * refused, and no line of any test document is lost. See {@link ExpectedRecord} for what the expected files mean.
 */
class RealShapesTest {

    private static final String EXPECTED = ".expected.json";
    private static final Set<String> USES = Set.of("field", "extra", "context", "skipped");

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    @ParameterizedTest(name = "{0}")
    @MethodSource("realShapes")
    void eachDocumentReadsIntoTheFactsItStates(Path document) throws IOException {
        Path expectedFile = expectedFileOf(document);
        assertThat(expectedFile).as("%s has an expected record beside it", document.getFileName()).exists();
        ExpectedRecord expected = ExpectedRecord.read(expectedFile);

        Imported imported = importer.read(Files.readAllBytes(document), null);

        SoftAssertions softly = new SoftAssertions();
        String name = document.getFileName().toString();
        expected.check(name, imported, softly);
        // A ratchet: facts the pipeline does not read yet are listed in real-shapes-known-gaps.txt. A new miss fails, and so
        // does a listed gap that is now read, so the list only ever shrinks.
        Set<String> known = KnownGaps.of(name);
        List<String> misses = new ArrayList<>();
        for (Throwable error : softly.errorsCollected()) {
            String fact = KnownGaps.fact(error.getMessage());
            if (!known.contains(fact)) {
                misses.add(error.getMessage());
            }
        }
        Set<String> missed = new HashSet<>();
        softly.errorsCollected().forEach(e -> missed.add(KnownGaps.fact(e.getMessage())));
        List<String> nowRead = known.stream().filter(k -> !missed.contains(k)).toList();
        assertThat(misses).as("%s: facts not read (not listed in real-shapes-known-gaps.txt)", name).isEmpty();
        assertThat(nowRead).as("%s: listed in real-shapes-known-gaps.txt but now read: remove them from the list", name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realShapes")
    void noDocumentIsRefused(Path document) throws IOException {
        byte[] content = Files.readAllBytes(document);

        assertThatCode(() -> importer.read(content, null)).as("reading %s", document.getFileName())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTestDocument")
    void everyNonBlankLineEndsUpInAFieldAnExtraSectionContextOrTheSkippedList(Path document) throws IOException {
        byte[] content = Files.readAllBytes(document);
        String doc = document.getFileName().toString();

        Imported imported = importer.read(content, null);

        List<String> source = sourceLines(document, content);
        Map<Integer, List<ImportReport.LineUse>> uses = imported.report().lines().stream()
                .collect(Collectors.groupingBy(ImportReport.LineUse::line));
        SoftAssertions softly = new SoftAssertions();
        for (int number = 1; number <= source.size(); number++) {
            String line = source.get(number - 1);
            if (!line.isBlank()) {
                softly.assertThat(uses.getOrDefault(number, List.of()))
                        .as("%s line %d is accounted for: %s", doc, number, line.strip()).isNotEmpty();
            }
        }
        for (ImportReport.LineUse use : imported.report().lines()) {
            String where = doc + " line " + use.line();
            softly.assertThat(use.use()).as("%s: use", where).isIn(USES);
            softly.assertThat(use.to()).as("%s: where it went (%s)", where, use.use()).isNotBlank();
            softly.assertThat(use.line()).as("%s: within the document", where).isBetween(1, source.size());
            if (use.line() >= 1 && use.line() <= source.size()) {
                softly.assertThat(use.text().strip()).as("%s: text as written", where)
                        .isEqualTo(source.get(use.line() - 1).strip());
            }
        }
        softly.assertAll();
    }

    @Test
    void theCorpusHoldsEveryFormatWithAnExpectedRecordForEachDocument() throws IOException {
        List<Path> documents = realShapesFiles();
        List<String> extensions = documents.stream().map(RealShapesTest::extension).toList();

        assertThat(extensions.stream().filter("md"::equals).count()).as("Markdown documents").isGreaterThanOrEqualTo(45);
        assertThat(extensions).as("formats").contains("html", "docx");
        assertThat(documents).as("documents with an expected record").allMatch(d -> Files.exists(expectedFileOf(d)));
        try (Stream<Path> files = Files.list(directory("real-shapes"))) {
            List<String> orphans = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(EXPECTED))
                    .filter(n -> documents.stream().noneMatch(d -> expectedFileOf(d).getFileName().toString().equals(n)))
                    .toList();
            assertThat(orphans).as("expected records without a document").isEmpty();
        }
    }

    static Stream<Named<Path>> realShapes() throws IOException {
        return realShapesFiles().stream().map(RealShapesTest::named);
    }

    /** The real shapes, and the older seed-layout documents beside them. */
    static Stream<Named<Path>> everyTestDocument() throws IOException {
        List<Path> all = new ArrayList<>(realShapesFiles());
        try (Stream<Path> older = Files.list(directory(""))) {
            older.filter(Files::isRegularFile).filter(f -> Set.of("md", "txt").contains(extension(f)))
                    .sorted().forEach(all::add);
        }
        return all.stream().map(RealShapesTest::named);
    }

    private static List<Path> realShapesFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory("real-shapes"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(EXPECTED))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /**
     * The lines a line number counts in: the file's own for Markdown and text; for HTML and .docx the plain-text
     * reading the pipeline quotes from.
     */
    private static List<String> sourceLines(Path document, byte[] content) {
        return switch (extension(document)) {
            case "html", "docx" -> Blocks.read(content).lines();
            default -> List.of(new String(content, StandardCharsets.UTF_8).split("\r\n|\n|\r", -1));
        };
    }

    private static Path expectedFileOf(Path document) {
        String name = document.getFileName().toString();
        return document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + EXPECTED);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Named<Path> named(Path file) {
        return Named.of(file.getParent().getFileName() + "/" + file.getFileName(), file);
    }

    private static Path directory(String under) {
        try {
            return Path.of(Objects.requireNonNull(RealShapesTest.class.getResource("/imports/" + under),
                    "test resources /imports/" + under).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
