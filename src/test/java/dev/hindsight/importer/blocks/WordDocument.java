package dev.hindsight.importer.blocks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** A .docx built with POI the way Word writes one: named styles, list numbering, tables, links, a picture. */
final class WordDocument {
    private final XWPFDocument document = new XWPFDocument();
    private final BigInteger bullets;
    private final BigInteger numbers;

    WordDocument() {
        document.createStyles();
        style("Title", "Title");
        style("Heading1", "heading 1");
        // Word keeps the built-in name "heading 2" whatever the language its style id is written in.
        style("berschrift2", "heading 2");
        style("ListBullet2", "List Bullet 2");
        style("ListNumber", "List Number");
        bullets = numbering(STNumberFormat.BULLET, "\u2022");
        numbers = numbering(STNumberFormat.DECIMAL, "%1.");
    }

    private void style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        document.getStyles().addStyle(new XWPFStyle(style));
    }

    private BigInteger numbering(STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(format == STNumberFormat.BULLET ? 1 : 2));
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(text);
            lvl.addNewStart().setVal(BigInteger.ONE);
        }
        var numbering = document.getNumbering() == null ? document.createNumbering() : document.getNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    WordDocument styled(String styleId, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return this;
    }

    WordDocument paragraph(String... runs) {
        XWPFParagraph p = document.createParagraph();
        for (String run : runs) {
            p.createRun().setText(run);
        }
        return this;
    }

    WordDocument bullet(int level, String text, boolean struck) {
        return item(bullets, level, text, struck);
    }

    WordDocument numbered(int level, String text) {
        return item(numbers, level, text, false);
    }

    private WordDocument item(BigInteger numId, int level, String text, boolean struck) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setStrikeThrough(struck);
        return this;
    }

    /** A struck item whose issue reference is left plain, as people tick off done work. */
    WordDocument struckItemWithReference(String box, String struck, String plain) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(bullets);
        p.createRun().setText(box + " ");
        XWPFRun run = p.createRun();
        run.setText(struck);
        run.setStrikeThrough(true);
        p.createRun().setText(plain);
        return this;
    }

    WordDocument link(String before, String text, String url) {
        XWPFParagraph p = document.createParagraph();
        p.createRun().setText(before);
        p.createHyperlinkRun(url).setText(text);
        return this;
    }

    WordDocument table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    WordDocument picture(String fileName) {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
                    PictureType.PNG, fileName, Units.toEMU(40), Units.toEMU(40));
            return this;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page header and footer, as Word repeats them on every page. */
    WordDocument pageMargins(String header, String footer) {
        document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                .setText(header);
        document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                .setText(footer);
        return this;
    }

    byte[] bytes() {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
