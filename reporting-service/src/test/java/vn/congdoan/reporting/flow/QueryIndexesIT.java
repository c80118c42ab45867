package vn.congdoan.reporting.flow;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.congdoan.testsupport.QueryIndexes;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * Every query reporting-service makes on a field other than {@code _id} has an index to serve it
 * on MongoDB: subtree lists and exports, a unit's expected reports, rollup children, outreach
 * facts, the settlement repair, the unit directory.
 */
@ServiceIntegrationTest
class QueryIndexesIT {
    @Autowired
    MongoTemplate mongo;

    @Test
    void eachQueryHasItsIndex() {
        QueryIndexes.assertPresent(mongo, Map.of(
                "expectations", List.of(List.of("planId", "unitId"), List.of("planId", "period", "path", "unitId"),
                        List.of("planId", "path", "periodEnd")),
                "reports", List.of(List.of("planId", "period", "path"), List.of("path", "planId")),
                "rollups", List.of(List.of("planId", "period", "parentId"), List.of("planId", "unitId"),
                        List.of("planId", "parentId")),
                "outreachFacts", List.of(List.of("unitId", "year")),
                "pendingReports", List.of(List.of("since")),
                "units", QueryIndexes.UNIT_DIRECTORY));
    }
}
