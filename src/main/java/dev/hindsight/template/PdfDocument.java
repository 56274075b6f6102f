package dev.hindsight.template;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A rendered page as PDF. The page is our own sanitised XHTML, so it loads nothing from outside. */
public final class PdfDocument {
    static {
        // The renderer reports every CSS property it skips; a document's reader has no use for that.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfDocument() {
    }

    /** @throws DocumentTooLarge when the page is more than {@link RenderLimits#MAX_PDF_HTML} characters */
    public static byte[] of(String template, String xhtml) {
        checkSize(template, xhtml.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml.replace("<!DOCTYPE html>", ""), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * Refuses a page too long to lay out in seconds. Called with the Markdown's length too, before it becomes
     * HTML: a page is never shorter than the text it shows, so a document refused there is refused at once.
     */
    static void checkSize(String template, int characters) {
        if (characters > RenderLimits.MAX_PDF_HTML) {
            throw new DocumentTooLarge(template, "it is " + characters + " characters, more than the "
                    + RenderLimits.MAX_PDF_HTML + " a PDF is made from; download it as HTML or Markdown instead");
        }
    }
}
