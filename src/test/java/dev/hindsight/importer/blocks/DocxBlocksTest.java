package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.hindsight.importer.blocks.Block.Kind;
import dev.hindsight.kernel.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Word documents read into the same blocks as Markdown, with a plain-text reading their lines count in. */
class DocxBlocksTest {

    private static final Path FORMATS = Path.of("src/test/resources/imports/formats");

    @Test
    void titleAndHeadingStylesGiveHeadingsWhateverTheLanguageOfTheStyleId() {
        byte[] docx = new WordDocument().styled("Title", "Ledger export failed twice")
                .styled("Heading1", "Timeline").styled("berschrift2", "5:00 PM").paragraph("Export job fails").bytes();

        SourceText read = DocxBlocks.read(docx);

        assertThat(read.format()).isEqualTo("docx");
        assertThat(read.blocks()).extracting(Block::kind, Block::level, Block::text).containsExactly(
                tuple(Kind.HEADING, 1, "Ledger export failed twice"), tuple(Kind.HEADING, 1, "Timeline"),
                tuple(Kind.HEADING, 2, "5:00 PM"), tuple(Kind.PARAGRAPH, 0, "Export job fails"));
        assertThat(read.lines()).containsExactly("Ledger export failed twice", "Timeline", "5:00 PM",
                "Export job fails");
    }

    @Test
    void numberedAndBulletedParagraphsAreItemsWithTheirDepth() {
        byte[] docx = new WordDocument().numbered(0, "Why late? Queue deep").numbered(1, "Why deep? Retries")
                .numbered(0, "Why retries? Provider outage").bullet(0, "Owner: Kenta", false).bytes();

        SourceText read = DocxBlocks.read(docx);

        assertThat(read.blocks()).extracting(Block::kind).containsOnly(Kind.LIST_ITEM);
        assertThat(read.blocks()).extracting(Block::level).containsExactly(0, 1, 0, 0);
        assertThat(read.blocks()).extracting(b -> b.cells().get(0)).containsExactly("1.", "1.", "2.", "-");
        assertThat(read.lines()).containsExactly("1. Why late? Queue deep", "  1. Why deep? Retries",
                "2. Why retries? Provider outage", "- Owner: Kenta");
    }

    @Test
    void wordListStylesAreItemsThoughTheParagraphHasNoNumbering() {
        byte[] docx = new WordDocument().styled("ListNumber", "Roll back").styled("ListBullet2", "by hand")
                .styled("ListNumber", "Page the vendor").bytes();

        List<Block> items = DocxBlocks.read(docx).blocks();

        assertThat(items).extracting(Block::kind, Block::level, b -> b.cells().get(0)).containsExactly(
                tuple(Kind.LIST_ITEM, 0, "1."), tuple(Kind.LIST_ITEM, 1, "-"), tuple(Kind.LIST_ITEM, 0, "2."));
    }

    @Test
    void checkboxCharactersAndStruckRunsGiveTheItemsState() {
        byte[] docx = new WordDocument().struckItemWithReference("\u2612", "Rotate keys", " (#12829)")
                .bullet(0, "\u2610 Add alert on queue depth", false).bullet(0, "\u2713 Runbook updated", false)
                .bullet(0, "Deleted idea", true).bytes();

        List<Block> items = DocxBlocks.read(docx).blocks();

        assertThat(items).extracting(Block::text).containsExactly("Rotate keys (#12829)", "Add alert on queue depth",
                "Runbook updated", "Deleted idea");
        assertThat(items).extracting(Block::checked).containsExactly(true, false, true, null);
        assertThat(items).extracting(Block::struck).containsExactly(true, false, false, true);
    }

    @Test
    void aTableGivesItsFirstRowAsHeaderAndHyperlinksTheirTargets() {
        byte[] docx = new WordDocument().table(List.of(List.of("Time (UTC)", "Event"),
                List.of("14:02", "Alert fires"), List.of("", ""), List.of("14:09", "Paged")))
                .link("Tracked in ", "PAY-311", "https://tracker.example.com/PAY-311").bytes();

        SourceText read = DocxBlocks.read(docx);

        assertThat(read.blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(Kind.TABLE_HEADER, "Time (UTC) | Event"), tuple(Kind.TABLE_ROW, "14:02 | Alert fires"),
                tuple(Kind.TABLE_ROW, "14:09 | Paged"), tuple(Kind.PARAGRAPH, "Tracked in PAY-311"));
        assertThat(read.blocks().get(3).links()).containsExactly("https://tracker.example.com/PAY-311");
        assertThat(read.line(read.blocks().get(2).lines().first())).isEqualTo("14:09 | Paged");
    }

    @Test
    void aPictureStandingAloneIsAnImage() {
        SourceText read = DocxBlocks.read(new WordDocument().paragraph("Before").picture("queue-depth.png").bytes());

        Block image = read.blocks().get(1);
        assertThat(image.kind()).isEqualTo(Kind.IMAGE);
        assertThat(image.links()).hasSize(1);
        assertThat(image.links().get(0)).endsWith(".png");
    }

    @Test
    void aPandocDocxReadsAsItsMarkdownSourceDoes() throws IOException {
        SourceText docx = DocxBlocks.read(Files.readAllBytes(FORMATS.resolve("cache-eviction-storm.docx")));
        SourceText markdown = MarkdownBlocks.read(Files.readString(FORMATS.resolve("cache-eviction-storm.md")));

        // pandoc joins a paragraph's wrapped lines and curls its quotes; the rest reads the same.
        assertThat(docx.blocks()).extracting(b -> tuple(b.kind(), b.level(), plain(b.text()), b.checked(), b.struck()))
                .containsExactlyElementsOf(markdown.blocks().stream()
                        .map(b -> tuple(b.kind(), b.level(), plain(b.text()), b.checked(), b.struck())).toList());
    }

    @Test
    void aPandocDocxWithFrontMatterHasItsTitleFromTheTitleStyle() throws IOException {
        SourceText read = DocxBlocks.read(Files.readAllBytes(FORMATS.resolve("dns-failover-drill.docx")));

        assertThat(read.blocks().get(0)).extracting(Block::kind, Block::text)
                .containsExactly(Kind.HEADING, "DNS failover drill left EU traffic pinned to one region");
        assertThat(read.blocks()).filteredOn(b -> b.is(Kind.TABLE_ROW)).extracting(b -> b.cells().get(2))
                .containsExactly("Open", "Done");
    }

    @Test
    void footnotesAreNumberedAsWordShowsThemAndKeptUnderNotesAfterTheBody() throws IOException {
        SourceText read = DocxBlocks.read(Files.readAllBytes(FORMATS.resolve("certificate-expiry-footnotes.docx")));

        assertThat(read.blocks()).extracting(Block::text)
                .contains("The partner API certificate expired at 09:00 UTC and every partner call failed for "
                        + "47 minutes.[1]", "09:31 UTC - A partner opens a ticket.[2]")
                .noneMatch(t -> t.contains("footnoteRef"));
        List<Block> tail = read.blocks().subList(read.blocks().size() - 3, read.blocks().size());
        assertThat(tail).extracting(Block::kind, Block::text).containsExactly(
                tuple(Kind.HEADING, "Notes"),
                tuple(Kind.PARAGRAPH, "[1] Measured from the load balancer\u2019s access logs."),
                tuple(Kind.PARAGRAPH, "[2] Ticket 88120 in the partner desk."));
        assertThat(LineCoverage.uncovered(read)).isEmpty();
    }

    @Test
    void pageHeadersAndFootersAreSkippedWithTheirReasonNotReadAsText() {
        SourceText read = DocxBlocks.read(new WordDocument().pageMargins("ACME Corp - Confidential", "Page 1")
                .styled("Title", "Queue backlog delayed invoices").paragraph("Invoices went out four hours late.")
                .bytes());

        assertThat(read.blocks()).extracting(Block::text)
                .containsExactly("Queue backlog delayed invoices", "Invoices went out four hours late.");
        assertThat(read.skipped()).extracting(s -> read.lines().get(s.lines().first() - 1), SourceText.Skip::reason)
                .containsExactly(tuple("ACME Corp - Confidential", "page header (repeats on every page)"),
                        tuple("Page 1", "page footer (repeats on every page)"));
    }

    @Test
    void aDamagedFileIsRefusedWithAClearReason() {
        byte[] damaged = "PK\u0003\u0004 this is not a zip archive at all".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> DocxBlocks.read(damaged)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("document").hasMessageContaining("not a Word document");
    }

    @Test
    void aZipThatIsNoWordDocumentIsRefused() throws IOException {
        byte[] zip = zip("notes.txt", "just notes".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DocxBlocks.read(zip)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not a Word document");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        byte[] bomb = zip("word/document.xml", new byte[60 * 1024 * 1024]);

        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> DocxBlocks.read(bomb)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() {
        byte[] big = new byte[DocxBlocks.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;

        assertThatThrownBy(() -> DocxBlocks.read(big)).isInstanceOf(InvalidInput.class).hasMessageContaining("20 MB");
    }

    private static String plain(String text) {
        return text.replace('\n', ' ').replace('\u2019', '\'');
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
