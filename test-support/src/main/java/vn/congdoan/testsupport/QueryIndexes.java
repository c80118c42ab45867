package vn.congdoan.testsupport;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * Checks that the indexes a service's queries need exist, by their key fields in order. The
 * MongoDB stand-in lists the indexes it was asked for (it scans anyway); real MongoDB uses them.
 */
public final class QueryIndexes {
    /**
     * The indexes of the {@code units} collection, every consuming service's copy of the union
     * directory (service-support's {@code UnitReplica} creates them): by code, by parent, by ancestor.
     */
    public static final List<List<String>> UNIT_DIRECTORY = List.of(List.of("code"), List.of("parentId"), List.of("ancestors"));

    private QueryIndexes() {
    }

    /** {@code expected}: per collection, the key fields of each index its queries need. */
    public static void assertPresent(MongoTemplate mongo, Map<String, List<List<String>>> expected) {
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((collection, indexes) -> softly.assertThat(keysOf(mongo, collection)).as(collection)
                .containsAll(indexes));
        softly.assertAll();
    }

    private static List<List<String>> keysOf(MongoTemplate mongo, String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .map(IndexInfo::getIndexFields).map(fields -> fields.stream().map(IndexField::getKey).toList()).toList();
    }
}
