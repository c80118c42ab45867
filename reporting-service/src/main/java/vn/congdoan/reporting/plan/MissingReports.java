package vn.congdoan.reporting.plan;

import java.time.LocalDate;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.reporting.rollup.RollupViews;
import vn.congdoan.web.PageView;

/** The expected reports of a unit's subtree that have not arrived, by unit id, with the units' names. */
@Component
class MissingReports {
    private final MongoTemplate mongo;
    private final RollupViews views;

    MissingReports(MongoTemplate mongo, RollupViews views) {
        this.mongo = mongo;
        this.views = views;
    }

    public record MissingUnit(String unitId, String name, UnitLevel level, String parentUnitId, LocalDate dueDate) {
    }

    PageView<MissingUnit> page(String planId, String period, String unitId, PageRequest page) {
        Criteria criteria = Criteria.where("planId").is(planId).and("period").is(period).and("path").is(unitId)
                .and("reportId").is(null);
        PageRequest byUnit = page.withSort(Sort.by("unitId"));
        long total = mongo.count(Query.query(criteria), Expectation.class);
        var rows = mongo.find(Query.query(criteria).with(byUnit), Expectation.class);
        var names = views.names(rows.stream().map(Expectation::unitId).toList());
        return PageView.of(new PageImpl<>(rows, byUnit, total), e -> new MissingUnit(e.unitId(),
                names.get(e.unitId()).name(), e.level(), e.parentUnitId(), e.dueDate()));
    }
}
