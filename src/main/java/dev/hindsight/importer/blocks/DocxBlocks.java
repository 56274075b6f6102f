package dev.hindsight.importer.blocks;

import dev.hindsight.kernel.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word document (.docx: Word, Google Docs, LibreOffice, pandoc) read into blocks, with a plain-text reading for
 * their lines. Headings come from the paragraph styles Title and Heading N, list items from numbering (its level
 * the depth), tables' first rows are their headers. Not thread-safe: one instance per document.
 */
public final class DocxBlocks {
    static final int MAX_BYTES = 20 * 1024 * 1024;

    static {
        // A .docx is a zip: refuse one that inflates far beyond its size (a zip bomb) before it fills the memory.
        // These are POI's process-wide settings; nothing else in Hindsight opens Office files.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
    }

    private final XWPFDocument document;
    private final TextReading reading = new TextReading();
    private final DocxText text;
    /** A numbered list's counters by numbering id, one per level */
    private final Map<BigInteger, int[]> numbers = new HashMap<>();
    private final StringBuilder code = new StringBuilder();

    private DocxBlocks(XWPFDocument document) {
        this.document = document;
        this.text = new DocxText(document);
    }

    /**
     * @throws InvalidInput when the bytes are over 20 MB, not a Word document, damaged, or inflate like a zip bomb
     */
    public static SourceText read(byte[] docx) {
        if (docx.length > MAX_BYTES) {
            throw InvalidInput.of("document", "the .docx file is larger than 20 MB (" + docx.length + " bytes)");
        }
        XWPFDocument document;
        try {
            document = new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("document", unreadable(e));
        } catch (NoClassDefFoundError e) {
            // The zip library reaches for a codec Word never uses (Zstandard, XZ), which is not on the class path.
            throw InvalidInput.of("document", "the file is not a Word document that can be read (.docx): "
                    + "it is compressed in a way Word does not write");
        }
        try (document) {
            return new DocxBlocks(document).read();
        } catch (IOException e) {
            throw InvalidInput.of("document", unreadable(e));
        } catch (RuntimeException e) {
            // POI checks a value against the schema only when it is read: a damaged value fails mid-document.
            if (thrownByPoi(e)) {
                throw InvalidInput.of("document", "the .docx file is damaged: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            throw e;
        }
    }

    private static boolean thrownByPoi(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String origin = trace.length == 0 ? "" : trace[0].getClassName();
        return origin.startsWith("org.apache.poi.") || origin.startsWith("org.apache.xmlbeans.")
                || origin.startsWith("org.openxmlformats.");
    }

    private static String unreadable(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
            return "the .docx file inflates far beyond its size, as a zip bomb does; it was not read";
        }
        return "the file is not a Word document that can be read (.docx): " + message.lines().findFirst().orElse("");
    }

    private SourceText read() {
        pageMargins(document.getHeaderList().stream().map(h -> h.getText()).toList(), "page header");
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else {
                flushCode();
                if (element instanceof XWPFTable table) {
                    table(table);
                } else if (element instanceof XWPFSDT control) {
                    for (String line : control.getContent().getText().split("\n")) {
                        InlineText t = new InlineText(true);
                        t.append(line, false);
                        reading.paragraph(t, 0);
                    }
                }
            }
        }
        flushCode();
        notes();
        pageMargins(document.getFooterList().stream().map(f -> f.getText()).toList(), "page footer");
        return reading.done("docx");
    }

    /**
     * The footnotes and endnotes the text refers to, after the body under a "Notes" heading, each as its number
     * and text ("[1] Measured from the load balancer's logs"): what they say stays in the record, an extra section.
     */
    private void notes() {
        if (text.notes().isEmpty()) {
            return;
        }
        InlineText heading = new InlineText(true);
        heading.append("Notes", false);
        reading.heading(2, heading);
        for (Map.Entry<String, Integer> note : text.notes().entrySet()) {
            int id = Integer.parseInt(note.getKey().substring(note.getKey().indexOf(':') + 1));
            org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote body = note.getKey().startsWith("footnote")
                    ? document.getFootnoteByID(id) : document.getEndnoteByID(id);
            if (body == null) {
                continue;
            }
            InlineText line = new InlineText(true);
            line.append("[" + note.getValue() + "] ", false);
            for (XWPFParagraph paragraph : body.getParagraphs()) {
                InlineText part = text.of(paragraph);
                if (!part.isEmpty()) {
                    line.append(part.text().strip() + " ", part.struck());
                    part.links().forEach(line::link);
                }
            }
            reading.paragraph(line, 0);
        }
    }

    /**
     * Page headers and footers repeat on every printed page ("Confidential", "Page 2 of 5"): kept in the reading
     * as skipped lines with the reason, not read as the incident's text. Each distinct line once.
     */
    private void pageMargins(List<String> texts, String reason) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (String t : texts) {
            for (String line : t.split("\n")) {
                if (!line.isBlank()) {
                    seen.add(line.strip());
                }
            }
        }
        seen.forEach(line -> reading.skip(line, reason + " (repeats on every page)"));
    }

    private void paragraph(XWPFParagraph paragraph) {
        String style = styleName(paragraph);
        if (isCode(style)) {
            code.append(code.length() == 0 ? "" : "\n").append(paragraph.getText());
            return;
        }
        flushCode();
        InlineText line = text.of(paragraph);
        if (line.isEmpty()) {
            text.images(paragraph, reading);
            return;
        }
        int heading = headingLevel(style, paragraph.getStyleID());
        BigInteger numbering = paragraph.getNumID();
        if (heading > 0) {
            reading.heading(heading, line);
        } else if (numbering != null && numbering.signum() > 0) {
            int depth = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
            reading.item(depth, marker(paragraph, numbering, depth), line, box(paragraph));
        } else if (style.startsWith("list bullet") || style.startsWith("list number")) {
            // Word's list styles carry their numbering in the style itself, not on the paragraph.
            char last = style.charAt(style.length() - 1);
            int depth = Character.isDigit(last) ? Math.max(0, Math.min(8, last - '1')) : 0;
            reading.item(depth, style.startsWith("list bullet") ? "-" : count(BigInteger.ZERO, depth), line, null);
        } else {
            reading.paragraph(line, style.contains("quote") || style.equals("block text") ? 1 : 0);
        }
    }

    private void table(XWPFTable table) {
        for (int i = 0; i < table.getRows().size(); i++) {
            InlineText whole = new InlineText(true);
            List<String> cells = table.getRows().get(i).getTableCells().stream()
                    .map(cell -> text.cell(cell, whole)).toList();
            if (!cells.isEmpty()) {
                reading.row(i == 0, cells, whole);
            }
        }
    }

    private String marker(XWPFParagraph paragraph, BigInteger numbering, int depth) {
        String format = paragraph.getNumFmt();
        if (format == null || format.equals("bullet") || format.equals("none")) {
            return "-";
        }
        return count(numbering, depth);
    }

    /** The next number of a list at a level; a new item at a level restarts the levels under it. */
    private String count(BigInteger list, int depth) {
        int[] counters = numbers.computeIfAbsent(list, id -> new int[9]);
        counters[depth]++;
        for (int deeper = depth + 1; deeper < counters.length; deeper++) {
            counters[deeper] = 0;
        }
        return counters[depth] + ".";
    }

    /** A checklist drawn by its bullet (☐ as the list's symbol) rather than typed into the text. */
    private static Boolean box(XWPFParagraph paragraph) {
        String symbol = paragraph.getNumLevelText();
        return symbol == null ? null : TextReading.box(symbol.strip());
    }

    private String styleName(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * A heading's level from its style: "Title" is 1, "heading 2" (Word's own name, whatever the language of its
     * style id) or the id "Heading2" is 2; 0 when the paragraph is no heading.
     */
    static int headingLevel(String styleName, String styleId) {
        for (String s : new String[] {styleName, styleId == null ? "" : styleId.toLowerCase(Locale.ROOT)}) {
            if (s.equals("title")) {
                return 1;
            }
            if (s.startsWith("heading")) {
                String digits = s.substring("heading".length()).strip();
                if (digits.length() == 1 && Character.isDigit(digits.charAt(0)) && digits.charAt(0) != '0') {
                    return Math.min(6, digits.charAt(0) - '0');
                }
            }
        }
        return 0;
    }

    private static boolean isCode(String style) {
        return style.equals("source code") || style.equals("sourcecode") || style.equals("code")
                || style.equals("html preformatted");
    }

    private void flushCode() {
        if (code.length() > 0) {
            reading.code(code.toString(), "");
            code.setLength(0);
        }
    }
}
