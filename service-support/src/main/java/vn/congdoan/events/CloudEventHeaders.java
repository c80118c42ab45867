package vn.congdoan.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes are record headers with
 * the {@code ce_} prefix and UTF-8 string values; the record value is the JSON data.
 */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** A header value as the text it carries, whether the mapper handed over bytes or a string. */
    public static String text(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
