package vn.congdoan.web;

/** One wrong field of a request: its path in the request and what is wrong with it. */
public record FieldError(String field, String message) {
}
