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

    public static byte[] of(String xhtml) {
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
}
