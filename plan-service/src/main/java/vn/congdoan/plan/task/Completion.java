package vn.congdoan.plan.task;

import java.time.LocalDate;

/**
 * A unit finished the occurrence due on {@code occurrence}, on {@code completedOn}.
 *
 * @param completedBy who recorded it: the signed-in officer's name, or the service that did
 */
public record Completion(LocalDate occurrence, LocalDate completedOn, String note, String evidenceUrl,
                         String completedBy) {
}
