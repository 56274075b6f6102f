package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.importer.blocks.Block.Kind;
import dev.hindsight.kernel.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** One entry point reads any known format, told apart by its content rather than its file name. */
class BlocksTest {

    private static final Path FORMATS = Path.of("src/test/resources/imports/formats");

    @Test
    void aWordDocumentIsToldByItsZipSignature() throws IOException {
        byte[] docx = Files.readAllBytes(FORMATS.resolve("dns-failover-drill.docx"));

        assertThat(Blocks.isDocx(docx)).isTrue();
        assertThat(Blocks.read(docx).format()).isEqualTo("docx");
    }

    @Test
    void aZippedWebPageExportIsReadAsItsPage() throws IOException {
        byte[] page = Files.readAllBytes(FORMATS.resolve("google-docs-webhook-retries.html"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("images/image1.png"));
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            out.putNextEntry(new ZipEntry("PaymentWebhookRetries.html"));
            out.write(page);
        }

        SourceText read = Blocks.read(zip.toByteArray());

        assertThat(read.format()).isEqualTo("html");
        assertThat(read.blocks()).isEqualTo(HtmlBlocks.read(page).blocks());
    }

    @Test
    void aZippedWebPageThatUnpacksOverTenMegabytesIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("page.html"));
            out.write(new byte[HtmlBlocks.MAX_BYTES + 10]);
        }

        assertThatThrownBy(() -> Blocks.read(zip.toByteArray())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("zipped web page is larger than 10 MB");
    }

    @Test
    void htmlIsToldByItsOpeningEvenAfterAByteOrderMarkOrAProlog() throws IOException {
        byte[] googleDocs = Files.readAllBytes(FORMATS.resolve("google-docs-webhook-retries.html"));
        byte[] withBom = "\uFEFF<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] xhtml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>T</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Blocks.read(googleDocs).format()).isEqualTo("html");
        assertThat(Blocks.read(withBom).format()).isEqualTo("html");
        assertThat(Blocks.read(xhtml).blocks()).extracting(Block::kind).containsExactly(Kind.HEADING);
    }

    @Test
    void markdownWithInlineHtmlIsStillMarkdown() {
        byte[] markdown = "# Outage\n\n<details><summary>Log</summary>\n\nText\n</details>\n".getBytes(StandardCharsets.UTF_8);

        assertThat(Blocks.isHtml(markdown)).isFalse();
        assertThat(Blocks.read(markdown).format()).isEqualTo("markdown");
        assertThat(Blocks.markdown("# Outage").blocks()).extracting(Block::text).containsExactly("Outage");
    }

    @Test
    void textIsReadAsUtf8AsUtf16WithItsMarkAndAsWindows1252WhenNotUtf8() {
        String text = "# Café outage – 14:02\n";

        assertThat(Blocks.read(text.getBytes(StandardCharsets.UTF_8)).blocks().get(0).text())
                .isEqualTo("Café outage – 14:02");
        assertThat(Blocks.read(text.getBytes(StandardCharsets.UTF_16)).blocks().get(0).text())
                .isEqualTo("Café outage – 14:02");
        assertThat(Blocks.read(text.getBytes(Charset.forName("windows-1252"))).blocks().get(0).text())
                .isEqualTo("Café outage – 14:02");
    }

    @Test
    void textOverTenMegabytesIsRefused() {
        byte[] big = new byte[Blocks.MAX_TEXT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> Blocks.read(big)).isInstanceOf(InvalidInput.class).hasMessageContaining("10 MB");
    }
}
