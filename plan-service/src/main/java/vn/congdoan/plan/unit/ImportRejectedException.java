package vn.congdoan.plan.unit;

import java.util.List;

/** A bulk import with problems: all of them, and nothing was written (400). */
class ImportRejectedException extends RuntimeException {
    private final List<RowError> errors;

    ImportRejectedException(List<RowError> errors) {
        super(errors.size() + " problems; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }
}
