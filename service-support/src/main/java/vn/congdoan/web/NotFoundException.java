package vn.congdoan.web;

/** What the caller asked for does not exist (404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
