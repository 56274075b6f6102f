package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** The plain text of Word paragraphs from their runs: struck runs, hyperlinks and pictures noted. */
final class DocxText {
    /** How POI writes a footnote or endnote reference into a run's text. */
    private static final java.util.regex.Pattern NOTE_REFERENCE =
            java.util.regex.Pattern.compile("\\[(footnoteRef|endnoteRef):(-?\\d+)]");

    private final XWPFDocument document;
    /** Notes in the order the text refers to them, as Word numbers them: "footnote:20" is the first shown as 1. */
    private final java.util.LinkedHashMap<String, Integer> notes = new java.util.LinkedHashMap<>();

    DocxText(XWPFDocument document) {
        this.document = document;
    }

    /** The notes referred to, in order: key "footnote:ID" or "endnote:ID", value the number the reader sees. */
    java.util.Map<String, Integer> notes() {
        return java.util.Collections.unmodifiableMap(notes);
    }

    /** A run's text with note references as the numbers Word shows ("[1]") instead of POI's internal ids. */
    private String withNoteNumbers(String text) {
        if (text.indexOf("Ref:") < 0) {
            return text;
        }
        java.util.regex.Matcher m = NOTE_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = (m.group(1).startsWith("foot") ? "footnote:" : "endnote:") + m.group(2);
            int number = notes.computeIfAbsent(key, k -> notes.size() + 1);
            m.appendReplacement(out, "[" + number + "]");
        }
        m.appendTail(out);
        return out.toString();
    }

    InlineText of(XWPFParagraph paragraph) {
        InlineText out = new InlineText(true);
        runs(paragraph, out);
        return out;
    }

    /** A table cell's text on one line, also appended to its row's. */
    String cell(XWPFTableCell cell, InlineText row) {
        InlineText out = new InlineText(true);
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                runs(paragraph, out);
                runs(paragraph, row);
            } else if (element instanceof XWPFTable nested) {
                out.append(nested.getText(), false);
                row.append(nested.getText(), false);
            }
            out.separate();
            row.separate();
        }
        return out.text().replace('\n', ' ');
    }

    /** A paragraph with no text may be a picture standing alone: its description and its file name. */
    void images(XWPFParagraph paragraph, TextReading reading) {
        for (XWPFRun run : paragraph.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                List<String> links = new ArrayList<>();
                if (picture.getPictureData() != null && picture.getPictureData().getFileName() != null) {
                    links.add(picture.getPictureData().getFileName());
                }
                String alt = picture.getDescription() == null ? "" : picture.getDescription();
                reading.image(alt, links);
            }
        }
    }

    private void runs(XWPFParagraph paragraph, InlineText out) {
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFHyperlinkRun link) {
                XWPFHyperlink target = link.getHyperlink(document);
                if (target != null) {
                    out.link(target.getURL());
                }
            }
            if (element instanceof XWPFRun run) {
                boolean struck = run.isStrikeThrough() || run.isDoubleStrikeThrough();
                String text = withNoteNumbers(run.text());
                int start = 0;
                while (start <= text.length()) {
                    int end = text.indexOf('\n', start);
                    if (end < 0) {
                        end = text.length();
                    }
                    if (start > 0) {
                        out.lineBreak();
                    }
                    out.append(text.substring(start, end), struck);
                    start = end + 1;
                }
            } else if (element instanceof XWPFSDT control) {
                out.append(control.getContent().getText(), false);
            }
        }
    }
}
