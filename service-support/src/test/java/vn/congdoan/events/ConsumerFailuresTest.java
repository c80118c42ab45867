package vn.congdoan.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;

/** How a consumer's failure, as the listener container hands it over (wrapped), is classified. */
class ConsumerFailuresTest {

    @Test
    void anUnreachableDatabaseIsAPassingFailure() {
        var timeout = wrapped(new DataAccessResourceFailureException("Timed out",
                new MongoTimeoutException("Timed out while waiting for a server")));
        var refused = wrapped(new MongoSocketOpenException("Exception opening socket", new ServerAddress()));

        assertThat(ConsumerFailures.passing(timeout)).isTrue();
        assertThat(ConsumerFailures.passing(refused)).isTrue();
        assertThat(ConsumerFailures.hopeless(timeout)).isFalse();
    }

    @Test
    void aMalformedEventIsHopelessAndItsReasonIsTheInnermostMessage() {
        var malformed = wrapped(new MalformedEventException("missing CloudEvents header ce_type"));

        assertThat(ConsumerFailures.hopeless(malformed)).isTrue();
        assertThat(ConsumerFailures.passing(malformed)).isFalse();
        assertThat(ConsumerFailures.reason(malformed)).isEqualTo("missing CloudEvents header ce_type");
    }

    @Test
    void aBugIsNeitherPassingNorHopeless() {
        var bug = wrapped(new NullPointerException("unit is null"));

        assertThat(ConsumerFailures.passing(bug)).isFalse();
        assertThat(ConsumerFailures.hopeless(bug)).isFalse();
    }

    private static Exception wrapped(Exception cause) {
        return new ListenerExecutionFailedException("Listener failed", new MessageHandlingException(null, "handler failed", cause));
    }
}
