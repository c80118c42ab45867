package vn.congdoan.reporting.rollup;

import java.util.Map;
import java.util.TreeMap;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/**
 * Named counters, the unit of rollup arithmetic: what one report version contributes, what one
 * expected report adds, or what a subtree sums to. Keys are flat ({@code MEMBERS_ENTERPRISE}) so
 * that a MongoDB {@code $inc} can add a tally to a stored rollup field by field. Immutable.
 */
public record Tally(Map<String, Long> counts) {
    public static final Tally ZERO = new Tally(Map.of());
    public static final String EXPECTED = "expected";
    public static final String SUBMITTED = "submitted";
    public static final String ON_TIME = "onTime";
    public static final String LATE = "late";
    public static final String MEMBERS = "MEMBERS";

    public Tally {
        counts = Map.copyOf(counts);
    }

    public static String count(String metric, Sector sector) {
        return metric + "_" + sector;
    }

    public static String expectedAt(UnitLevel level) {
        return EXPECTED + "_" + level;
    }

    public static String submittedAt(UnitLevel level) {
        return SUBMITTED + "_" + level;
    }

    /** Units of {@code level} that reported doing {@code indicator} (a unit indicator, e.g. FANPAGE_POST). */
    public static String flag(Indicator indicator, UnitLevel level) {
        return "flag_" + indicator + "_" + level;
    }

    public long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    public Tally plus(Tally other) {
        return combine(other, 1);
    }

    public Tally minus(Tally other) {
        return combine(other, -1);
    }

    public boolean isZero() {
        return counts.values().stream().allMatch(v -> v == 0);
    }

    private Tally combine(Tally other, int sign) {
        Map<String, Long> sum = new TreeMap<>(counts);
        other.counts.forEach((key, value) -> sum.merge(key, sign * value, Long::sum));
        sum.values().removeIf(v -> v == 0);
        return new Tally(sum);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Long> counts = new TreeMap<>();

        public Builder add(String key, long value) {
            counts.merge(key, value, Long::sum);
            return this;
        }

        public Tally build() {
            return new Tally(counts);
        }
    }
}
