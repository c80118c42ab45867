package vn.congdoan.plan.unit;

/** One problem of a bulk import: where (row, the unit's code, the field) and what. */
record RowError(int row, String code, String field, String message) {
}
