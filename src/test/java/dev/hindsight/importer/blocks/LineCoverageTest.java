package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost in the first stage: every non-blank line of a document is in some block's lines or skipped with a
 * reason, by the readers' own rules (without the net that keeps unforeseen lines as raw paragraphs).
 */
class LineCoverageTest {

    private static final Path IMPORTS = Path.of("src/test/resources/imports");

    @Test
    void everyNonBlankLineOfEveryImportFileIsInABlockOrSkipped() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(IMPORTS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            SourceText read = Blocks.isDocx(content) || Blocks.isHtml(content) ? Blocks.read(content)
                    : MarkdownBlocks.parse(Blocks.decode(content));
            assertThat(LineCoverage.uncovered(read)).as(file.toString()).isEmpty();
            assertThat(read.blocks()).as(file.toString()).isNotEmpty();
            assertInOrder(read, file.toString());
        }
    }

    @Test
    void everyNonBlankLineOfGeneratedDocumentsIsInABlockOrSkipped() {
        Random random = new Random(20261205);
        for (int i = 0; i < 3_000; i++) {
            String document = GeneratedMarkdown.document(random);
            SourceText read = MarkdownBlocks.parse(document);
            assertThat(LineCoverage.uncovered(read)).as(document).isEmpty();
            assertInOrder(read, document);
        }
    }

    @Test
    void theWordsOfEveryLineReachTheBlocksThatCoverIt() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            assertWordsKept(GeneratedMarkdown.document(random));
        }
        try (Stream<Path> walk = Files.walk(IMPORTS)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).toList()) {
                assertWordsKept(Files.readString(file));
            }
        }
    }

    /**
     * Each word of a line a block covers is in that block's text, cells or links: markup is dropped, words are not.
     * Tags, entities and one-letter words (a task box's x) are not words here, nor wiki markup's marks ("h2. ",
     * "{quote}", "{code:bash}").
     */
    private static void assertWordsKept(String document) {
        SourceText read = MarkdownBlocks.parse(document);
        String[] sources = withoutComments(MarkdownBlocks.normalise(document)).split("\n", -1);
        for (int n = 1; n <= read.lines().size(); n++) {
            int line = n;
            List<Block> covering = read.blocks().stream().filter(b -> b.lines().contains(line)).toList();
            String source = sources[n - 1].replaceFirst("^h[1-6]\\. ", "").replace("{quote}", " ")
                    .replaceAll("\\{(?:code|noformat)(?::[^}]*)?}", " ");
            if (covering.isEmpty() || covering.stream().anyMatch(b -> b.is(Block.Kind.FRONT_MATTER))
                    && source.contains(" #")) {
                continue;
            }
            StringBuilder kept = new StringBuilder();
            covering.forEach(b -> kept.append(b.text()).append(' ').append(b.cells()).append(b.links()));
            for (String word : source.replaceAll("<[^<>]*>", " ").replaceAll("&#?\\w+;", " ").split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 1) {
                    assertThat(kept.toString()).as("line %d of\n%s", n, document).contains(word);
                }
            }
        }
    }

    /** HTML comments blanked out, their line breaks kept: what a comment says is meant to be dropped. */
    private static String withoutComments(String document) {
        StringBuilder out = new StringBuilder(document);
        int at = document.indexOf("<!--");
        while (at >= 0) {
            int end = document.indexOf("-->", at + 4);
            end = end < 0 ? document.length() : end + 3;
            for (int i = at; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            at = document.indexOf("<!--", end);
        }
        return out.toString();
    }

    @Test
    void aLineNoRuleAccountsForIsKeptAsAParagraphInItsPlace() {
        SourceText partial = new SourceText("markdown", List.of("# Timeline", "14:02 paged", "", "14:09 acked"),
                List.of(Block.heading(1, "Timeline", Lines.of(1))), List.of());

        SourceText complete = LineCoverage.complete(partial);

        assertThat(LineCoverage.uncovered(partial)).containsExactly(2, 4);
        assertThat(complete.blocks()).extracting(Block::text).containsExactly("Timeline", "14:02 paged", "14:09 acked");
        assertThat(complete.blocks().get(2).lines()).isEqualTo(Lines.of(4));
        assertThat(LineCoverage.uncovered(complete)).isEmpty();
    }

    private static void assertInOrder(SourceText read, String what) {
        int previous = 0;
        for (Block block : read.blocks()) {
            assertThat(block.lines().first()).as(what + "\n" + block).isGreaterThanOrEqualTo(previous);
            assertThat(block.lines().last()).as(what + "\n" + block).isLessThanOrEqualTo(read.lines().size());
            previous = block.lines().first();
        }
    }
}
