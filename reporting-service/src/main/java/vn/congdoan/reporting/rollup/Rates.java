package vn.congdoan.reporting.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages from summed counts, one decimal, half up; never an average of percentages. */
public final class Rates {
    private Rates() {
    }

    /** {@code numerator / denominator × 100}; zero when there is nothing to divide by. */
    public static BigDecimal percent(long numerator, long denominator) {
        if (denominator <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
