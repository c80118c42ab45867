package vn.congdoan.web;

/** The request clashes with the current state, e.g. a duplicate code (409). */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
