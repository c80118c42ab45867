package vn.congdoan.plan.imports;

import vn.congdoan.contracts.plan.Comparator;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while the document is read; hands them out in line order. */
final class Findings {

    private final List<Finding> findings = new ArrayList<>();

    void info(int line, String code, String message, String text) {
        findings.add(new Finding(line, Severity.INFO, code, message, text));
    }

    void warn(int line, String code, String message, String text) {
        findings.add(new Finding(line, Severity.WARNING, code, message, text));
    }

    void add(int line, Severity severity, String code, String message, String text) {
        findings.add(new Finding(line, severity, code, message, text));
    }

    /** Whole-document findings (line 0) first, then by line; the order found within a line. */
    List<Finding> inLineOrder() {
        return findings.stream().sorted(java.util.Comparator.comparingInt(Finding::line)).toList();
    }
}
