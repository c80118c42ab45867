package vn.congdoan.plan.imports;

/** INFO: kept as text or assumed, worth a look. WARNING: the officer must decide something. */
public enum Severity {
    INFO,
    WARNING
}
