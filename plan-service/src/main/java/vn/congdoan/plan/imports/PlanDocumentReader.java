package vn.congdoan.plan.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an uploaded plan into lines: plain text in UTF-8 (with or without BOM, any of \n, \r\n, \r;
 * UTF-16 when it starts with its BOM, as Notepad's "Unicode" saves it), or a .docx, told apart by
 * the ZIP signature "PK" whatever the file is called.
 */
public final class PlanDocumentReader {

    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private PlanDocumentReader() {}

    /**
     * @param fileName used in error messages only; the content decides the format
     * @throws UnreadableDocumentException for an empty or blank file, a legacy .doc, a broken .docx or text
     *                                     that is not UTF-8
     */
    public static List<String> read(byte[] bytes, String fileName) {
        List<String> lines = linesOf(bytes, fileName);
        if (lines.stream().allMatch(line -> VietText.normalize(line).isEmpty())) {
            throw new UnreadableDocumentException(fileName + " is empty: it holds no text to read");
        }
        return lines;
    }

    private static List<String> linesOf(byte[] bytes, String fileName) {
        if (startsWith(bytes, ZIP)) {
            return DocxLines.read(bytes, fileName);
        }
        if (startsWith(bytes, OLE2)) {
            throw new UnreadableDocumentException(fileName + " is a legacy Word .doc; save it as .docx or plain text");
        }
        return lines(decode(bytes, fileName));
    }

    private static String decode(byte[] bytes, String fileName) {
        if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        byte[] text = startsWith(bytes, UTF8_BOM) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        try {
            return strictly(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(fileName + " is not UTF-8 text (a TCVN3 or VNI font file?); "
                    + "save it as UTF-8 or .docx", e);
        }
    }

    private static java.nio.charset.CharsetDecoder strictly(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Splits on \r\n, \r or \n; a final line ending does not make an extra empty line. */
    static List<String> lines(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = Arrays.asList(withoutBom.split("\r\n|\r|\n", -1));
        boolean trailingEnd = !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty();
        return List.copyOf(trailingEnd ? lines.subList(0, lines.size() - 1) : lines);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
