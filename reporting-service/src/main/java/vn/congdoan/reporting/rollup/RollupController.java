package vn.congdoan.reporting.rollup;

import java.time.LocalDate;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.reporting.plan.Expectation;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.PageView;

@RestController
@RequestMapping("/api/plans/{planId}/periods/{period}")
@Tag(name = "rollups", description = "Completeness, timeliness and summed figures of a unit's subtree")
class RollupController {
    private final RollupViews views;
    private final MongoTemplate mongo;

    private final UnitScope scope;

    RollupController(RollupViews views, MongoTemplate mongo, UnitScope scope) {
        this.views = views;
        this.mongo = mongo;
        this.scope = scope;
    }

    @GetMapping("/completeness")
    @Operation(summary = "Expected, submitted, on time, late and missing reports of the subtree, and per direct child")
    RollupViews.CompletenessView completeness(@PathVariable String planId, @PathVariable String period,
                                              @RequestParam String unitId) {
        scope.requireWithin(unitId);
        return views.completeness(planId, period, unitId);
    }

    @GetMapping("/rollup")
    @Operation(summary = "Summed figures of the subtree (members by sector, indicators, rates from the sums), and per direct child")
    RollupViews.RollupView rollup(@PathVariable String planId, @PathVariable String period, @RequestParam String unitId) {
        scope.requireWithin(unitId);
        return views.rollup(planId, period, unitId);
    }

    public record MissingUnit(String unitId, String name, UnitLevel level, String parentUnitId, LocalDate dueDate) {
    }

    @GetMapping("/missing")
    @Operation(summary = "Units of the subtree whose expected report has not arrived")
    PageView<MissingUnit> missing(@PathVariable String planId, @PathVariable String period, @RequestParam String unitId,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        scope.requireWithin(unitId);
        RollupViews.check(period);
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidRequestException(page < 0 ? "page" : "size", "page from 0, size from 1 to 500");
        }
        Criteria criteria = Criteria.where("planId").is(planId).and("period").is(period).and("path").is(unitId)
                .and("reportId").is(null);
        PageRequest pageRequest = PageRequest.of(page, size, Sort.by("unitId"));
        long total = mongo.count(Query.query(criteria), Expectation.class);
        var rows = mongo.find(Query.query(criteria).with(pageRequest), Expectation.class);
        var names = views.names(rows.stream().map(Expectation::unitId).toList());
        return PageView.of(new PageImpl<>(rows, pageRequest, total), e -> new MissingUnit(e.unitId(),
                names.get(e.unitId()).name(), e.level(), e.parentUnitId(), e.dueDate()));
    }
}
