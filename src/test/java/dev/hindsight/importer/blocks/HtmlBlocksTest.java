package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.hindsight.importer.blocks.Block.Kind;
import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML exports read into the same blocks as Markdown, with a plain-text reading their lines count in. */
class HtmlBlocksTest {

    private static final Path FORMATS = Path.of("src/test/resources/imports/formats");

    private static SourceText file(String name) throws IOException {
        return HtmlBlocks.read(Files.readAllBytes(FORMATS.resolve(name)));
    }

    private static SourceText html(String html) {
        return HtmlBlocks.read(html.getBytes(StandardCharsets.UTF_8));
    }

    private static Block first(SourceText read, String textStart) {
        return read.blocks().stream().filter(b -> b.text().startsWith(textStart)).findFirst().orElseThrow();
    }

    @Test
    void aGoogleDocsExportGivesItsTitleLabelsAndHeadings() throws IOException {
        SourceText read = file("google-docs-webhook-retries.html");

        assertThat(read.format()).isEqualTo("html");
        assertThat(read.blocks().subList(0, 4)).extracting(Block::kind, Block::text).containsExactly(
                tuple(Kind.HEADING, "Payment webhook retries flooded the ledger queue"),
                tuple(Kind.PARAGRAPH, "Created by: Mei Tanaka"),
                tuple(Kind.PARAGRAPH, "Severity: Major (High Impact, customer payments delayed)"),
                tuple(Kind.HEADING, "Summary"));
        assertThat(read.blocks()).filteredOn(b -> b.is(Kind.HEADING)).extracting(Block::text).containsExactly(
                "Payment webhook retries flooded the ledger queue", "Summary", "Timeline (JST)", "Responders",
                "Five whys", "Action items");
    }

    @Test
    void aGoogleDocsListTakesItsLevelFromItsClassAndNumbersOnAcrossBrokenLists() throws IOException {
        SourceText read = file("google-docs-webhook-retries.html");

        assertThat(first(read, "Kenta Mori").level()).isEqualTo(1);
        assertThat(first(read, "Payments on-call").level()).isZero();
        assertThat(first(read, "Why did that hurt").cells()).containsExactly("3.");
        assertThat(first(read, "Why was it deep").cells()).containsExactly("2.");
    }

    @Test
    void aGoogleDocsChecklistReadsItsBoxesAndItsStruckClass() throws IOException {
        SourceText read = file("google-docs-webhook-retries.html");
        Block done = first(read, "Rate-limit webhook intake");
        Block open = first(read, "Deduplicate before");

        assertThat(done.checked()).isTrue();
        assertThat(done.struck()).isTrue();
        assertThat(done.text()).isEqualTo("Rate-limit webhook intake per provider (PAY-312)");
        assertThat(open.checked()).isFalse();
        assertThat(open.struck()).isFalse();
        assertThat(read.line(done.lines().first())).isEqualTo("- [x] Rate-limit webhook intake per provider (PAY-312)");
    }

    @Test
    void aGoogleDocsLinkLosesItsRedirectAndAnImageStandsAlone() throws IOException {
        SourceText read = file("google-docs-webhook-retries.html");
        Block image = read.blocks().stream().filter(b -> b.is(Kind.IMAGE)).findFirst().orElseThrow();

        assertThat(first(read, "On 4 November").links()).containsExactly("https://tracker.example.com/PAY-311");
        assertThat(image.text()).isEqualTo("Queue depth graph");
        assertThat(image.links()).containsExactly("images/image1.png");
    }

    @Test
    void googleDocsCommentsAreSkippedAndTheirMarksDropped() throws IOException {
        SourceText read = file("google-docs-webhook-retries.html");

        assertThat(first(read, "On 4 November").text()).contains("on their side. The ledger").doesNotContain("[a]");
        assertThat(read.skipped()).extracting(SourceText.Skip::reason).containsExactly("Google Docs comment");
        assertThat(read.line(read.skipped().get(0).lines().first())).contains("only the failed ones");
    }

    @Test
    void googleDocsFootnotesAfterTheRuleAreNotesNotPartOfTheLastSection() {
        SourceText read = html("<body><p class=\"title\"><span>Index rebuild stalled</span></p>"
                + "<h2><span>Action items</span></h2><ul><li><span>Alert on long rebuilds</span></li></ul>"
                + "<p><span>Stale for four hours.</span><sup><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a></sup></p>"
                + "<hr><div><p><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]</a><span>&nbsp;From the freshness metric."
                + "</span></p></div><div><p><a href=\"#ftnt_ref2\" id=\"ftnt2\">[2]</a><span> Second note.</span>"
                + "</p></div></body>");

        assertThat(read.blocks()).extracting(Block::kind, b -> b.text().strip()).endsWith(
                tuple(Kind.HEADING, "Notes"), tuple(Kind.PARAGRAPH, "[1] From the freshness metric."),
                tuple(Kind.PARAGRAPH, "[2] Second note."));
    }

    @Test
    void aConverterFootnotesSectionIsReadUnderNotes() {
        SourceText read = html("<body><h1>Index rebuild stalled</h1><p>Stale for four hours.<a href=\"#fn1\" "
                + "class=\"footnote-ref\" id=\"fnref1\"><sup>1</sup></a></p><section class=\"footnotes\" "
                + "role=\"doc-endnotes\"><hr><ol><li id=\"fn1\"><p>From the freshness metric.</p></li></ol>"
                + "</section></body>");

        assertThat(read.blocks()).extracting(Block::kind, b -> b.text().strip()).endsWith(
                tuple(Kind.HEADING, "Notes"), tuple(Kind.LIST_ITEM, "From the freshness metric."));
    }

    @Test
    void aGoogleDocsTableHasItsFirstRowAsHeaderAndEachRowOnALine() throws IOException {
        SourceText read = file("google-docs-webhook-retries.html");
        Block header = first(read, "Time | Event");
        Block row = first(read, "11:05 AM");

        assertThat(header.kind()).isEqualTo(Kind.TABLE_HEADER);
        assertThat(row.kind()).isEqualTo(Kind.TABLE_ROW);
        assertThat(row.cells()).containsExactly("11:05 AM",
                "Consumers scaled from 4 to 16 (no effect: the database was the bottleneck)");
        assertThat(read.line(row.lines().first())).isEqualTo(row.text());
        assertThat(first(read, "Mon Nov 4").cells().get(0)).isEqualTo("Mon Nov 4, 10:40 AM");
    }

    @Test
    void aConfluenceExportGivesItsPageTitleTasksAndTables() throws IOException {
        SourceText read = file("confluence-payments-api.html");

        assertThat(read.blocks().get(0)).extracting(Block::kind, Block::text)
                .containsExactly(Kind.HEADING, "2026-03-11 Payments API outage");
        assertThat(first(read, "Created by").text()).isEqualTo("Created by Jonas Berg, last modified on Mar 13, 2026");
        assertThat(first(read, "All times are CET").kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(first(read, "Pin the cipher").checked()).isTrue();
        assertThat(first(read, "Add a card-network").checked()).isFalse();
        assertThat(first(read, "Add a card-network").links()).containsExactly("https://jira.example.com/browse/PAY-88");
        assertThat(first(read, "Time | Event").kind()).isEqualTo(Kind.TABLE_HEADER);
        assertThat(first(read, "14:09").cells()).containsExactly("14:09", "Card authorisation failures page the on-call");
    }

    @Test
    void aConfluenceTableLabelledDownItsFirstColumnHasNoHeader() throws IOException {
        SourceText read = file("confluence-payments-api.html");

        assertThat(first(read, "Incident date").kind()).isEqualTo(Kind.TABLE_ROW);
        assertThat(first(read, "Severity |").cells()).containsExactly("Severity", "SEV-1");
    }

    @Test
    void confluenceCodeKeepsItsLanguageAndThePageChromeIsSkipped() throws IOException {
        SourceText read = file("confluence-payments-api.html");
        Block code = read.blocks().stream().filter(b -> b.is(Kind.CODE)).findFirst().orElseThrow();

        assertThat(code.cells()).containsExactly("bash");
        assertThat(code.text()).isEqualTo("kubectl -n payments rollout undo deploy/payments-api\n"
                + "deployment.apps/payments-api rolled back");
        assertThat(code.lines().last() - code.lines().first()).isEqualTo(1);
        assertThat(read.skipped()).extracting(SourceText.Skip::reason).containsOnly("Confluence page chrome");
        assertThat(read.line(read.skipped().get(1).lines().first())).contains("Document generated by Confluence");
    }

    @Test
    void pandocHtmlReadsAsItsMarkdownSourceDoes() throws IOException {
        SourceText html = file("cache-eviction-storm.html");
        SourceText markdown = MarkdownBlocks.read(Files.readString(FORMATS.resolve("cache-eviction-storm.md")));

        assertThat(html.blocks()).extracting(Block::kind).containsExactlyElementsOf(
                markdown.blocks().stream().map(Block::kind).toList());
        assertThat(html.blocks()).extracting(Block::checked).containsExactlyElementsOf(
                markdown.blocks().stream().map(Block::checked).toList());
        assertThat(html.blocks()).extracting(Block::struck).containsExactlyElementsOf(
                markdown.blocks().stream().map(Block::struck).toList());
        assertThat(html.blocks()).extracting(Block::level).containsExactlyElementsOf(
                markdown.blocks().stream().map(Block::level).toList());
    }

    @Test
    void scriptsStylesAndTheHeadGiveNoText() {
        SourceText read = html("<html><head><title>T</title><style>p{}</style></head><body><h1>Outage</h1>"
                + "<script>var x = 'secret';</script><p>Body <noscript>enable js</noscript>text</p></body></html>");

        assertThat(read.blocks()).extracting(Block::text).containsExactly("Outage", "Body text");
        assertThat(read.lines()).containsExactly("Outage", "Body text");
    }

    @Test
    void aPageTitledOnlyInItsHeadTakesThatTitle() {
        SourceText read = html("<!DOCTYPE html><html><head><title>Queue backlog review</title></head>"
                + "<body><h2>Summary</h2><p>Text</p></body></html>");

        assertThat(read.blocks().get(0)).extracting(Block::kind, Block::level, Block::text)
                .containsExactly(Kind.HEADING, 1, "Queue backlog review");
    }

    @Test
    void nestedListsQuotesAndLineBreaksAreRead() {
        SourceText read = html("<body><ul><li><p>Outer</p><ul><li>Inner <s>done</s></li></ul></li></ul>"
                + "<blockquote><p>Quoted<br>second line</p></blockquote><ol start=\"4\"><li>four</li></ol></body>");

        assertThat(read.blocks()).extracting(Block::kind, Block::level, Block::text).containsExactly(
                tuple(Kind.LIST_ITEM, 0, "Outer"),
                tuple(Kind.LIST_ITEM, 1, "Inner done"),
                tuple(Kind.QUOTE, 1, "Quoted\nsecond line"),
                tuple(Kind.LIST_ITEM, 0, "four"));
        assertThat(read.blocks().get(3).cells()).containsExactly("4.");
        assertThat(read.blocks().get(2).lines()).isEqualTo(new Lines(3, 4));
        assertThat(read.lines()).containsExactly("- Outer", "  - Inner done", "> Quoted", "> second line", "4. four");
    }

    @Test
    void nestingDeeperThanAnyDocumentIsReadAsFlatText() {
        String blocks = "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000);
        String inline = "<p>" + "<span>".repeat(20_000) + "deep words" + "</span>".repeat(20_000) + "</p>";

        SourceText read = html("<html><body>" + blocks + inline + "</body></html>");

        assertThat(read.blocks()).extracting(Block::text).containsExactly("deep text", "deep words");
    }

    @Test
    void htmlOverTenMegabytesIsRefused() {
        byte[] big = new byte[HtmlBlocks.MAX_BYTES + 1];

        assertThatThrownBy(() -> HtmlBlocks.read(big)).isInstanceOf(InvalidInput.class).hasMessageContaining("10 MB");
    }

    @Test
    void everyBlockPointsAtItsOwnLinesOfTheReading() throws IOException {
        for (String name : List.of("google-docs-webhook-retries.html", "confluence-payments-api.html",
                "cache-eviction-storm.html")) {
            SourceText read = file(name);
            int next = 1;
            for (Block block : read.blocks()) {
                assertThat(block.lines().first()).as(name + " " + block).isGreaterThanOrEqualTo(next);
                next = block.lines().last() + 1;
            }
            assertThat(LineCoverage.uncovered(read)).as(name).isEmpty();
        }
    }
}
