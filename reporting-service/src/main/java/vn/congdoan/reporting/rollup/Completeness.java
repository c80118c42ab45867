package vn.congdoan.reporting.rollup;

import java.math.BigDecimal;

/**
 * DHIS2's reporting rates for one subtree, from summed counts: completeness is submitted /
 * expected, timeliness is on time / expected (DHIS2 divides by expected reports too).
 */
public record Completeness(long expected, long submitted, long onTime, long late, long missing,
                           BigDecimal completenessRate, BigDecimal timelinessRate) {

    public static Completeness of(Tally tally) {
        long expected = tally.get(Tally.EXPECTED);
        long submitted = tally.get(Tally.SUBMITTED);
        long onTime = tally.get(Tally.ON_TIME);
        return new Completeness(expected, submitted, onTime, tally.get(Tally.LATE), Math.max(0, expected - submitted),
                Rates.percent(submitted, expected), Rates.percent(onTime, expected));
    }
}
