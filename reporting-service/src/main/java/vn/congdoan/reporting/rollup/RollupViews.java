package vn.congdoan.reporting.rollup;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.reporting.period.Period;
import vn.congdoan.units.ReplicatedUnit;
import vn.congdoan.web.InvalidRequestException;

/** Reads rollups into the API's shapes: a subtree's figures and one row per direct child. */
@Component
public class RollupViews {
    private final Rollups rollups;
    private final MongoTemplate mongo;

    RollupViews(Rollups rollups, MongoTemplate mongo) {
        this.rollups = rollups;
        this.mongo = mongo;
    }

    public record UnitRef(String unitId, String name, UnitLevel level) {
    }

    public record CompletenessView(String planId, String period, UnitRef unit, Completeness completeness,
                                   List<CompletenessRow> children) {
    }

    public record CompletenessRow(UnitRef unit, Completeness completeness) {
    }

    /** Units of a level that did what a unit indicator asks, over those of the level expected to report. */
    public record UnitIndicatorLine(Indicator indicator, UnitLevel level, long units, long expected, BigDecimal rate) {
    }

    public record Figures(UnitRef unit, Completeness completeness, MemberFigures members,
                          List<UnitIndicatorLine> unitIndicators) {
    }

    public record RollupView(String planId, String period, Figures total, List<Figures> children) {
    }

    public CompletenessView completeness(String planId, String period, String unitId) {
        check(period);
        Map<String, UnitRef> names = names(childIds(planId, period, unitId, true));
        List<CompletenessRow> children = rollups.children(planId, period, unitId).stream()
                .map(row -> new CompletenessRow(names.get(row.unitId()), Completeness.of(row.tally())))
                .sorted(Comparator.comparing(r -> r.unit().name() == null ? "" : r.unit().name())).toList();
        return new CompletenessView(planId, period, names.get(unitId),
                Completeness.of(rollups.tally(planId, period, unitId)), children);
    }

    public RollupView rollup(String planId, String period, String unitId) {
        check(period);
        Map<String, UnitRef> names = names(childIds(planId, period, unitId, true));
        List<Figures> children = rollups.children(planId, period, unitId).stream()
                .map(row -> figures(names.get(row.unitId()), row.tally()))
                .sorted(Comparator.comparing(f -> f.unit().name() == null ? "" : f.unit().name())).toList();
        return new RollupView(planId, period, figures(names.get(unitId), rollups.tally(planId, period, unitId)), children);
    }

    public static Figures figures(UnitRef unit, Tally tally) {
        List<UnitIndicatorLine> lines = Arrays.stream(Indicator.values())
                .filter(i -> i.measure() == Measure.PERCENT_OF_UNITS)
                .flatMap(i -> Arrays.stream(UnitLevel.values()).filter(l -> tally.get(Tally.expectedAt(l)) > 0)
                        .map(l -> new UnitIndicatorLine(i, l, tally.get(Tally.flag(i, l)), tally.get(Tally.expectedAt(l)),
                                Rates.percent(tally.get(Tally.flag(i, l)), tally.get(Tally.expectedAt(l))))))
                .toList();
        return new Figures(unit, Completeness.of(tally), MemberFigures.of(tally), lines);
    }

    private List<String> childIds(String planId, String period, String unitId, boolean withSelf) {
        List<String> ids = new java.util.ArrayList<>(rollups.children(planId, period, unitId).stream()
                .map(Rollups.Row::unitId).toList());
        if (withSelf) {
            ids.add(unitId);
        }
        return ids;
    }

    /** Names and levels from the directory copy; a unit it does not know is shown by id. */
    public Map<String, UnitRef> names(Collection<String> ids) {
        Map<String, UnitRef> known = mongo.find(Query.query(Criteria.where("_id").in(ids)), ReplicatedUnit.class).stream()
                .collect(Collectors.toMap(ReplicatedUnit::id, u -> new UnitRef(u.id(), u.name(), u.level())));
        return ids.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> known.getOrDefault(id, new UnitRef(id, null, null))));
    }

    /** 400 naming {@code period} unless it is one the rollups know. */
    public static void check(String period) {
        if (Period.parse(period).isEmpty()) {
            throw new InvalidRequestException("period", "is not a period: use 2026, 2026-H1, 2026-Q3, 2026-11 or 2026-08-31");
        }
    }
}
