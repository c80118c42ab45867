package vn.congdoan.security;

/** The caller is signed in and has the role, but the unit is not theirs to see or change (403). */
public class OutOfScopeException extends RuntimeException {
    public OutOfScopeException(String message) {
        super(message);
    }
}
