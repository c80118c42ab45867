package vn.congdoan.events;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import tools.jackson.core.JacksonException;

/**
 * What a consumer's failure means for the record. A <em>passing</em> failure (the database
 * unreachable or slow) says nothing about the record: it is retried until the database answers,
 * its offset stays uncommitted and it never reaches the dead-letter topic. A record that can
 * <em>never</em> succeed (not JSON, breaking its schema, missing CloudEvents headers, a foreign
 * {@code ce_source}) goes to the dead-letter topic at once, with the reason. Anything else (a bug)
 * is tried a few times and then dead-lettered with its reason, to be replayed after the fix.
 */
final class ConsumerFailures {
    private static final List<Class<? extends Exception>> PASSING = List.of(DataAccessResourceFailureException.class,
            TransientDataAccessException.class, MongoSocketException.class, MongoTimeoutException.class,
            SocketTimeoutException.class, ConnectException.class);
    private static final List<Class<? extends Exception>> HOPELESS = List.of(MalformedEventException.class,
            JacksonException.class);

    private ConsumerFailures() {
    }

    static boolean passing(Throwable failure) {
        return causedBy(failure, PASSING);
    }

    static boolean hopeless(Throwable failure) {
        return causedBy(failure, HOPELESS);
    }

    static List<Class<? extends Exception>> hopelessTypes() {
        return HOPELESS;
    }

    /** The innermost message: what went wrong, without the listener's wrappers. */
    static String reason(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    }

    private static boolean causedBy(Throwable failure, List<Class<? extends Exception>> types) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Throwable current = t;
            if (types.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
