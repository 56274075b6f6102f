package dev.hindsight.importer.blocks;

import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A zip that is not a Word document but a web page with its images: Google Docs downloads "Web page (.html,
 * zipped)" so. Only the archive's directory is read to tell, and only the page itself is inflated, at most as much
 * as an HTML file may be.
 */
final class ZippedExport {
    private ZippedExport() {
    }

    /** The HTML page of a zipped web-page export; empty for a .docx or a zip that holds no page. */
    static Optional<byte[]> page(byte[] zip) {
        try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            if (archive.getEntry("word/document.xml") != null || archive.getEntry("[Content_Types].xml") != null) {
                return Optional.empty();
            }
            ZipArchiveEntry page = null;
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (!entry.isDirectory() && (name.endsWith(".html") || name.endsWith(".htm"))
                        && (page == null || depth(name) < depth(page.getName()))) {
                    page = entry;
                }
            }
            return page == null ? Optional.empty() : Optional.of(read(archive, page));
        } catch (InvalidInput tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            // Not a zip this can read: the Word reader says why, in the words it uses for a damaged .docx.
            return Optional.empty();
        }
    }

    private static byte[] read(ZipFile archive, ZipArchiveEntry page) throws IOException {
        try (InputStream in = archive.getInputStream(page)) {
            byte[] html = in.readNBytes(HtmlBlocks.MAX_BYTES + 1);
            if (html.length > HtmlBlocks.MAX_BYTES) {
                throw InvalidInput.of("document", "the zipped web page is larger than 10 MB unpacked");
            }
            return html;
        }
    }

    private static int depth(String name) {
        return (int) name.chars().filter(c -> c == '/').count();
    }
}
