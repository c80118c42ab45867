package vn.congdoan.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.bulk.BulkWriteError;

/**
 * Inserts many documents in one unordered bulk write, where a document whose key is there already
 * is not an error but an answer: "stored before". This is how every idempotent write here works
 * (the key derives from the event), done for a batch in one round trip instead of one per document.
 */
public final class BulkInsert {
    private static final int DUPLICATE_KEY = 11000;

    private BulkInsert() {
    }

    /** Inserts the documents into {@code type}'s collection; returns those that were not there yet, in order. */
    public static <T> List<T> insertNew(MongoTemplate mongo, List<T> documents, Class<?> type) {
        return insertNew(mongo, documents, type, mongo.getCollectionName(type));
    }

    /** Inserts the documents into {@code collection}; returns those that were not there yet, in order. */
    public static <T> List<T> insertNew(MongoTemplate mongo, List<T> documents, Class<?> type, String collection) {
        if (documents.isEmpty()) {
            return documents;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection);
        bulk.insert(documents);
        try {
            bulk.execute();
            return documents;
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            Set<Integer> duplicates = e.getErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
            return IntStream.range(0, documents.size()).filter(i -> !duplicates.contains(i)).mapToObj(documents::get).toList();
        }
    }
}
