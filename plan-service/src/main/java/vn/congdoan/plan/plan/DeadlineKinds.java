package vn.congdoan.plan.plan;

import vn.congdoan.plan.schedule.DeadlineRule;

/** The wire name of a rule's kind, as in its JSON ({@code "kind": "YEARLY"}). */
final class DeadlineKinds {
    private DeadlineKinds() {
    }

    static String of(DeadlineRule rule) {
        return switch (rule) {
            case DeadlineRule.Once once -> "ONCE";
            case DeadlineRule.Yearly yearly -> "YEARLY";
            case DeadlineRule.SemiAnnual semiAnnual -> "SEMI_ANNUAL";
            case DeadlineRule.Quarterly quarterly -> "QUARTERLY";
            case DeadlineRule.Monthly monthly -> "MONTHLY";
            case DeadlineRule.Ongoing ongoing -> "ONGOING";
            case DeadlineRule.Periodic periodic -> "PERIODIC";
        };
    }
}
