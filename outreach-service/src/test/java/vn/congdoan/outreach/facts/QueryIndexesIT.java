package vn.congdoan.outreach.facts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.congdoan.testsupport.QueryIndexes;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * Every query outreach-service makes on a field other than {@code _id} has an index to serve it on
 * MongoDB: a unit's activities and facts of a year, the repairs' unpublished writes, the directory.
 */
@ServiceIntegrationTest
class QueryIndexesIT {
    @Autowired
    MongoTemplate mongo;

    @Test
    void eachQueryHasItsIndex() {
        QueryIndexes.assertPresent(mongo, Map.of(
                "activities", List.of(List.of("unitId", "year"), List.of("pending", "changedAt")),
                "facts", List.of(List.of("unitId", "year"), List.of("pending", "updatedAt")),
                "rosters", List.of(List.of("pending", "changedAt")),
                "units", QueryIndexes.UNIT_DIRECTORY));
    }
}
