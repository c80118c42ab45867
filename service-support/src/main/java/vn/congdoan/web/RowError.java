package vn.congdoan.web;

/**
 * One problem of a bulk import: the row (1-based line of the file, 0 for the whole body), the unit
 * as the row names it (its code or id), the column, and what is wrong.
 */
public record RowError(int row, String unit, String field, String message) {
}
