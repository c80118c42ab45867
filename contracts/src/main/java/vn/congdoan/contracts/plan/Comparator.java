package vn.congdoan.contracts.plan;

/** How a target's figure compares with its threshold: "hơn 90%" is GT, "65% trở lên" is GTE. */
public enum Comparator {
    GT(">"), GTE(">=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(java.math.BigDecimal value, java.math.BigDecimal threshold) {
        int compared = value.compareTo(threshold);
        return this == GT ? compared > 0 : compared >= 0;
    }
}
