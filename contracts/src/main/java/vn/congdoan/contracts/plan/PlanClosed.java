package vn.congdoan.contracts.plan;

import java.time.LocalDate;

/** The plan is over: its assignments stop reminding after {@code closedOn}. */
public record PlanClosed(String planId, int revision, LocalDate closedOn) implements PlanEvent {
}
