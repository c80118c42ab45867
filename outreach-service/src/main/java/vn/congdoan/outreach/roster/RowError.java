package vn.congdoan.outreach.roster;

/** One problem of a roster import: the CSV line, the unit as written, the column, what is wrong. */
record RowError(int row, String unit, String field, String message) {
}
