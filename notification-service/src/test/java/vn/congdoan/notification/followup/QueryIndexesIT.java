package vn.congdoan.notification.followup;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.testsupport.QueryIndexes;

/**
 * Every query notification-service makes on a field other than {@code _id} has an index to serve
 * it on MongoDB: inboxes, the delivery queue, officers by unit and e-mail, follow-ups by due date.
 */
@NotificationServiceTest
class QueryIndexesIT {
    @Autowired
    MongoTemplate mongo;

    @Test
    void eachQueryHasItsIndex() {
        QueryIndexes.assertPresent(mongo, Map.of(
                "notifications", List.of(List.of("recipient", "createdAt")),
                "deliveryQueue", List.of(List.of("dueAt")),
                "officers", List.of(List.of("unitId"), List.of("email")),
                "followUps", List.of(List.of("dueDate"), List.of("parentUnitId", "dueDate")),
                "units", QueryIndexes.UNIT_DIRECTORY));
    }
}
