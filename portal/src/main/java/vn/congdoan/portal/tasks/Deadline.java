package vn.congdoan.portal.tasks;

import java.time.LocalDate;
import java.util.List;

/** plan-service's deadline rule: {@code {"kind":"YEARLY","day":"--11-30"}}, {@code {"kind":"ONCE","due":...}}, ... */
public record Deadline(String kind, LocalDate due, String day, List<Deadline> rules) {
}
