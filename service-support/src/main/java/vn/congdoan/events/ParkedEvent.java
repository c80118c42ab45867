package vn.congdoan.events;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** An outbox record the broker refused for good, set aside with the reason so that the rest flows. */
record ParkedEvent(@Id String id, OutboxRecord event, String reason, Instant parkedAt) {
}
