package vn.congdoan.events;

/**
 * A record that can never be processed: missing CloudEvents headers, invalid JSON or a payload
 * that breaks its schema. Not retried; the binder dead-letters it with this message in the
 * {@code x-exception-message} header, and the partition keeps flowing.
 */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
