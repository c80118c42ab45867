package vn.congdoan.plan.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds small .docx files in tests, the way Word lays plans out: paragraphs, tables, list numbering. */
final class Docx {

    private final XWPFDocument document = new XWPFDocument();

    static byte[] ofParagraphs(List<String> lines) {
        Docx docx = new Docx();
        lines.forEach(docx::paragraph);
        return docx.bytes();
    }

    Docx paragraph(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    /** A one-row table, each cell holding its paragraphs (the header and the signature block). */
    Docx table(List<String> left, List<String> right) {
        var row = document.createTable(1, 2).getRow(0);
        fill(row.getCell(0), left);
        fill(row.getCell(1), right);
        return this;
    }

    /** A paragraph in an automatic list: "bullet" or "decimal" with level text such as "%1.". */
    Docx listItem(BigInteger numId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.ZERO);
        paragraph.createRun().setText(text);
        return this;
    }

    BigInteger list(STNumberFormat.Enum format, String levelText) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        XWPFNumbering numbering = document.createNumbering();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(levelText);
        level.addNewStart().setVal(BigInteger.ONE);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableCell cell, List<String> paragraphs) {
        cell.getParagraphs().get(0).createRun().setText(paragraphs.get(0));
        paragraphs.subList(1, paragraphs.size()).forEach(text -> cell.addParagraph().createRun().setText(text));
    }
}
