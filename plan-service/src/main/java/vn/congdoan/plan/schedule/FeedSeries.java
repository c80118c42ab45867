package vn.congdoan.plan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * One VEVENT of the feed: a start date and at most one RRULE.
 *
 * <p>An assignment is one VEVENT. The exception is a {@link DeadlineRule.Periodic} whose members do
 * not reduce to one: RFC 5545 says RRULE "SHOULD NOT" repeat and a DTSTART not in step with the
 * RRULE gives an undefined set, so such a rule becomes one VEVENT per member, with UIDs
 * {@code uid-1}, {@code uid-2}... Members whose dates another member already has are dropped
 * first, so "định kỳ tháng, quý, năm" is a single monthly event and 31/12 shows once, not thrice.
 */
record FeedSeries(String uid, LocalDate start, Optional<String> rrule) {

    /** Four years hold every pattern of the rules we build, 29 February included. */
    private static final int SAMPLE_YEARS = 4;

    static List<FeedSeries> of(FeedEntry entry) {
        List<DeadlineRule> members = essential(flatten(entry.rule()).toList(), entry.firstDue());
        List<FeedSeries> series = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String uid = members.size() == 1 ? entry.uid() : entry.uid() + "-" + (i + 1);
            LocalDate start = members.get(i).occurrences(entry.firstDue(), entry.firstDue().plusYears(SAMPLE_YEARS))
                    .getFirst();
            series.add(new FeedSeries(uid, start, members.get(i).rrule()));
        }
        return series;
    }

    private static Stream<DeadlineRule> flatten(DeadlineRule rule) {
        return rule instanceof DeadlineRule.Periodic periodic
                ? periodic.rules().stream().flatMap(FeedSeries::flatten)
                : Stream.of(rule);
    }

    /** The members that have dates from {@code from} on and whose dates no other kept member covers. */
    private static List<DeadlineRule> essential(List<DeadlineRule> members, LocalDate from) {
        List<Set<LocalDate>> dates = members.stream()
                .map(rule -> Set.copyOf(rule.occurrences(from, from.plusYears(SAMPLE_YEARS)))).toList();
        List<DeadlineRule> kept = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (!dates.get(i).isEmpty() && !coveredByAnother(i, dates)) {
                kept.add(members.get(i));
            }
        }
        return kept;
    }

    /** Covered by a larger set, or by an equal set that comes earlier (so one of equals survives). */
    private static boolean coveredByAnother(int i, List<Set<LocalDate>> dates) {
        for (int j = 0; j < dates.size(); j++) {
            boolean larger = dates.get(j).size() > dates.get(i).size();
            if (j != i && (larger || j < i) && dates.get(j).containsAll(dates.get(i))) {
                return true;
            }
        }
        return false;
    }
}
