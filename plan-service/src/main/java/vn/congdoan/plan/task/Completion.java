package vn.congdoan.plan.task;

import java.time.LocalDate;

/** A unit finished the occurrence due on {@code occurrence}, on {@code completedOn}. */
public record Completion(LocalDate occurrence, LocalDate completedOn, String note, String evidenceUrl) {
}
