package vn.congdoan.plan.imports;

/** The upload is not a document the importer can read (not UTF-8 text, a broken .docx, a legacy .doc). */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
