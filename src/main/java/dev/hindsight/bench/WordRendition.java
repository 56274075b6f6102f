package dev.hindsight.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A rendered Markdown post-mortem written again as a Word document, the way a team that keeps its post-mortems in
 * Word or Google Docs has them: headings in the Heading N styles, list items on Word's numbering, pipe tables as
 * tables, bold runs where the Markdown has {@code **}. Only the Markdown Hindsight's layouts write, line by line:
 * the import benchmark needs .docx input with the same content, not a general converter.
 */
final class WordRendition {
    private static final Pattern HEADING = Pattern.compile("(#{1,6}) (.*)");
    private static final Pattern ITEM = Pattern.compile("( *)(?:[-*+]|(\\d+)\\.) (.*)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?[ :|-]+\\|?");

    private final XWPFDocument document = new XWPFDocument();
    private final BigInteger bullets;
    private final BigInteger numbers;
    private final List<List<String>> table = new ArrayList<>();

    private WordRendition() {
        document.createStyles();
        for (int level = 1; level <= 6; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            document.getStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
        }
        XWPFNumbering numbering = document.createNumbering();
        bullets = list(numbering, 1, STNumberFormat.BULLET, "\u2022");
        numbers = list(numbering, 2, STNumberFormat.DECIMAL, "%1.");
    }

    /** The .docx bytes of a Markdown document. */
    static byte[] of(String markdown) {
        WordRendition word = new WordRendition();
        for (String line : markdown.split("\n", -1)) {
            word.line(line.stripTrailing());
        }
        word.endTable();
        try (XWPFDocument document = word.document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger list(XWPFNumbering numbering, int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < 4; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(text);
            lvl.addNewStart().setVal(BigInteger.ONE);
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    private void line(String line) {
        if (line.startsWith("|")) {
            if (!TABLE_RULE.matcher(line).matches()) {
                table.add(cells(line));
            }
            return;
        }
        endTable();
        if (line.isBlank() || line.equals("---")) {
            return;
        }
        Matcher heading = HEADING.matcher(line);
        Matcher item = ITEM.matcher(line);
        XWPFParagraph paragraph = document.createParagraph();
        if (heading.matches()) {
            paragraph.setStyle("Heading" + heading.group(1).length());
            runs(paragraph, heading.group(2));
        } else if (item.matches()) {
            paragraph.setNumID(item.group(2) == null ? bullets : numbers);
            paragraph.setNumILvl(BigInteger.valueOf(Math.min(3, item.group(1).length() / 2)));
            runs(paragraph, item.group(3));
        } else {
            runs(paragraph, line.strip());
        }
    }

    /** Text with {@code **bold**} spans as bold runs; other markup stays as typed, as it would in a pasted doc. */
    private static void runs(XWPFParagraph paragraph, String text) {
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                var run = paragraph.createRun();
                run.setText(parts[i]);
                run.setBold(i % 2 == 1);
            }
        }
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }

    private void endTable() {
        if (table.isEmpty()) {
            return;
        }
        int columns = table.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable word = document.createTable(table.size(), columns);
        for (int r = 0; r < table.size(); r++) {
            List<String> row = table.get(r);
            for (int c = 0; c < row.size(); c++) {
                word.getRow(r).getCell(c).setText(row.get(c));
            }
        }
        table.clear();
    }
}
