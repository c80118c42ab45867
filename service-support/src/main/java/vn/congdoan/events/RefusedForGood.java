package vn.congdoan.events;

import java.util.List;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The producer's answers that concern the record itself, so that sending it again can never
 * succeed: over the record size limit, an invalid record or topic name, not serialisable. Other
 * non-retriable errors (authorisation, a fenced producer) concern the client and would refuse
 * every record alike: they stop the run like a missing broker, and nothing is parked.
 */
final class RefusedForGood {
    private static final List<Class<? extends Throwable>> RECORD_ERRORS = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidRecordException.class, InvalidTopicException.class,
            SerializationException.class);

    private RefusedForGood() {
    }

    static boolean matches(Throwable failure) {
        return cause(failure) != null;
    }

    /** The reason to store beside the parked record: the refusing exception and its message. */
    static String reason(Throwable failure) {
        Throwable cause = cause(failure);
        return (cause == null ? failure : cause).toString();
    }

    private static Throwable cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Throwable current = t;
            if (RECORD_ERRORS.stream().anyMatch(type -> type.isInstance(current))) {
                return t;
            }
        }
        return null;
    }
}
