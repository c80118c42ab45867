package vn.congdoan.web;

import java.util.List;

/** A bulk import with problems: all of them are listed and nothing was written (400, {@code errors[]} of {@link RowError}). */
public class ImportRejectedException extends RuntimeException {
    private final List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(errors.size() + " problems in the import; nothing was written");
        this.errors = List.copyOf(errors);
    }

    /** One problem of the whole body (row 0). */
    public static ImportRejectedException of(String field, String message) {
        return of(0, field, message);
    }

    public static ImportRejectedException of(int row, String field, String message) {
        return new ImportRejectedException(List.of(new RowError(row, null, field, message)));
    }

    public List<RowError> errors() {
        return errors;
    }
}
