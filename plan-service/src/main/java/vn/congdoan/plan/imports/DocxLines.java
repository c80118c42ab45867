package vn.congdoan.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The lines of a .docx: one per paragraph, in document order, table cells (the header and the
 * signature block are tables) one after another; a manual line break starts a new line. Automatic
 * numbering and bullets are written out ("1.", "-"), since the outline is read from them.
 */
final class DocxLines {

    private DocxLines() {}

    static List<String> read(byte[] bytes, String fileName) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            DocxNumbering numbering = new DocxNumbering();
            document.getBodyElements().forEach(element -> collect(element, numbering, lines));
            return List.copyOf(lines);
        } catch (IOException | POIXMLException | UnsupportedFileFormatException e) {
            throw new UnreadableDocumentException(fileName + " is not a readable .docx: " + e.getMessage(), e);
        }
    }

    private static void collect(IBodyElement element, DocxNumbering numbering, List<String> lines) {
        if (element instanceof XWPFParagraph paragraph) {
            String text = numbering.label(paragraph) + paragraph.getText();
            lines.addAll(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(inner -> collect(inner, numbering, lines));
                }
            }
        } else if (element instanceof XWPFSDT sdt) {
            lines.addAll(Arrays.asList(sdt.getContent().getText().split("\r\n|\r|\n", -1)));
        }
    }
}
