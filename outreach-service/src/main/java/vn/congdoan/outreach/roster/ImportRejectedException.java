package vn.congdoan.outreach.roster;

import java.util.List;

/** A roster import with problems: all of them are listed and nothing was written (400). */
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
