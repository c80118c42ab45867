package vn.congdoan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import tools.jackson.databind.json.JsonMapper;

/** A record on a topic must come from the one service that publishes there, under an id of the safe alphabet. */
class EventDecoderTest {
    private static final String COMPLETED = """
            {"assignmentId":"a1","planId":"p1","unitId":"u1","dueDate":"2026-11-30","completedOn":"2026-11-20"}""";
    private final EventDecoder decoder = new EventDecoder(JsonMapper.builder().build());

    @Test
    void anEventFromItsTopicsPublisherIsDecoded() {
        assertThat(decoder.decode(completed("/plan-service"))).isPresent();
    }

    @Test
    void anEventWithAForeignSourceCanNeverSucceed() {
        assertThatThrownBy(() -> decoder.decode(completed("/outreach-service")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_source /outreach-service").hasMessageContaining("only /plan-service publishes plan.tasks");
    }

    @Test
    void anEventWhoseIdCarriesALineBreakIsRefusedWithTheReasonAndTheIdIsNotEchoed() {
        assertThatThrownBy(() -> decoder.decode(completed("/plan-service", "completed:a1\r\nBcc: spy@evil.example")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_id outside the safe alphabet").hasMessageNotContaining("spy@evil.example");
    }

    private static Message<byte[]> completed(String source) {
        return completed(source, "completed:a1");
    }

    private static Message<byte[]> completed(String source, String id) {
        return MessageBuilder.withPayload(COMPLETED.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, id).setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.TYPE, "vn.congdoan.task.completed.v1")
                .setHeader(CloudEventHeaders.SPEC_VERSION, "1.0").setHeader(CloudEventHeaders.TIME, "2026-11-20T01:00:00Z")
                .setHeader(CloudEventHeaders.SUBJECT, "a1").build();
    }
}
