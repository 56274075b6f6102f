package dev.hindsight.importer.blocks;

/**
 * Reads a document of any known format into blocks: the first stage of the reading pipeline.
 * STUB: the blocks helper replaces the bodies.
 */
public final class Blocks {
    private Blocks() {
    }

    /** .docx content: a zip archive. */
    public static boolean isDocx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** HTML content: a doctype or an html/body element near the start. */
    public static boolean isHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    /** Any known format, told apart by its content. */
    public static SourceText read(byte[] content) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Markdown or plain text. */
    public static SourceText markdown(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
