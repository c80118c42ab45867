package vn.congdoan.plan.task;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The unit finished the occurrence due on {@code occurrence}; {@code completedOn} defaults to today.
 * Completing an occurrence twice is accepted once and answered the same way.
 */
public record CompleteTaskRequest(@NotNull LocalDate occurrence, LocalDate completedOn,
                                  @Size(max = 4000) String note,
                                  @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
                                  String evidenceUrl) {
}
