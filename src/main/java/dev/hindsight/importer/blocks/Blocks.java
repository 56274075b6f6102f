package dev.hindsight.importer.blocks;

import java.util.List;

import dev.hindsight.kernel.InvalidInput;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a document of any known format into blocks: the first stage of the reading pipeline. Thread-safe.
 */
public final class Blocks {
    static final int MAX_TEXT_BYTES = 10 * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Blocks() {
    }

    /** .docx content: a zip archive. */
    public static boolean isDocx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * HTML content: a doctype, an html, head or body element, or an XHTML prologue near the start; or a Confluence
     * page in its storage format (XHTML with Confluence's own elements, no root); or a Jira issue exported as XML
     * (its description is HTML).
     */
    public static boolean isHtml(byte[] content) {
        return isHtmlPage(content) || ConfluenceStorage.is(content) || StatusFeed.is(content)
                || JiraXml.is(content);
    }

    private static boolean isHtmlPage(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        head = head.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<meta") || head.contains("<body")
                || head.startsWith("<?xml") && head.contains("<html");
    }

    /**
     * Any known format, told apart by its content: .docx (or a zipped web page), HTML (a status feed's newest entry or
     * a Jira XML export as the page it shows), a container of text (a notebook, an incident kept as JSON, a chat
     * channel's export, a raw e-mail, RTF: as the Markdown it holds), else Markdown or plain text.
     *
     * @throws InvalidInput when the document is too large to read, or a .docx that cannot be read
     */
    public static SourceText read(byte[] content) {
        if (isDocx(content)) {
            return ZippedExport.page(content).map(HtmlBlocks::read).orElseGet(() -> DocxBlocks.read(content));
        }
        if (StatusFeed.is(content)) {
            if (content.length > HtmlBlocks.MAX_BYTES) {
                throw InvalidInput.of("document", "the feed is larger than 10 MB (" + content.length + " bytes)");
            }
            return HtmlBlocks.read(StatusFeed.asHtml(decode(content)));
        }
        if (JiraXml.is(content)) {
            if (content.length > HtmlBlocks.MAX_BYTES) {
                throw InvalidInput.of("document", "the Jira export is larger than 10 MB (" + content.length
                        + " bytes)");
            }
            return HtmlBlocks.read(JiraXml.asHtml(decode(content)));
        }
        if (isHtmlPage(content)) {
            return HtmlBlocks.read(content);
        }
        if (ConfluenceStorage.is(content)) {
            if (content.length > HtmlBlocks.MAX_BYTES) {
                throw InvalidInput.of("document", "the Confluence page is larger than 10 MB (" + content.length
                        + " bytes)");
            }
            return HtmlBlocks.read(ConfluenceStorage.asHtml(decode(content)));
        }
        if (content.length > MAX_TEXT_BYTES) {
            throw InvalidInput.of("document", "the text file is larger than 10 MB (" + content.length + " bytes)");
        }
        return markdown(Containers.asMarkdown(content).orElseGet(() -> decode(content)));
    }

    /** Markdown or plain text. */
    public static SourceText markdown(String text) {
        return MarkdownBlocks.read(text);
    }

    /** The lines {@link #markdown} gives the text, without parsing it: for a look at a document before reading it. */
    public static List<String> markdownLines(String text) {
        return MarkdownBlocks.sourceLines(text);
    }

    /**
     * Text as UTF-8; UTF-16 when it opens with that byte-order mark (Windows Notepad's "Unicode"); and Windows-1252
     * when it is not valid UTF-8 (an older Windows editor's export), rather than showing replacement characters.
     */
    static String decode(byte[] content) {
        if (content.length >= 2 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE
                || content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1252);
        }
    }
}
