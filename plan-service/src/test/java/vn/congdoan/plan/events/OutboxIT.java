package vn.congdoan.plan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.congdoan.contracts.EventType;
import vn.congdoan.contracts.task.TaskCompleted;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.events.Outbox;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * service-support's outbox and relay in a running service: pending events live apart from the
 * log of every event, and an event is published once however often it is staged, and even when
 * staging died half-way.
 */
@ServiceIntegrationTest
class OutboxIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Outbox outbox;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @Test
    void aStagedEventIsPublishedOnceThenLeavesThePendingRecordsForTheLog() {
        CloudEvent event = completed();
        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            assertThat(outbox.stage(event)).isTrue();

            ConsumerRecord<String, byte[]> published = tasks.awaitRecord(KafkaProbe.withHeader("ce_id", event.id()));
            assertThat(ContractAssertions.assertConformsToCatalogue(published)).isEqualTo(EventType.TASK_COMPLETED);
            await().atMost(PATIENCE).until(() -> !pending(event.id()));
            assertThat(logged(event.id())).containsEntry("status", "PUBLISHED").containsKey("publishedAt");

            assertThat(outbox.stage(event)).isFalse();
            assertThat(tasks.drain(Duration.ofSeconds(2))).filteredOn(KafkaProbe.withHeader("ce_id", event.id())).hasSize(1);
            assertThat(pending(event.id())).isFalse();
        }
    }

    @Test
    void stagingManyCountsOnlyTheEventsNotStagedBefore() {
        CloudEvent published = completed();
        outbox.stage(published);
        await().atMost(PATIENCE).until(() -> !pending(published.id()));

        assertThat(outbox.stageAll(List.of(published, completed(), completed()))).isEqualTo(2);
        assertThat(pending(published.id())).isFalse();
    }

    @Test
    void anEventWhoseStagingDiedBeforeItWasLoggedIsStillPublishedAndLogged() {
        String id = "outbox-it:" + UUID.randomUUID();
        Document half = new Document("_id", id).append("topic", "plan.tasks").append("key", id)
                .append("type", EventType.TASK_COMPLETED.ceType()).append("source", "/plan-service").append("subject", id)
                .append("time", Date.from(clock.instant())).append("status", "PENDING").append("stagedAt", Date.from(clock.instant()))
                .append("payload", "{\"assignmentId\":\"" + id + "\",\"planId\":\"p\",\"unitId\":\"u\","
                        + "\"dueDate\":\"2026-11-30\",\"completedOn\":\"2026-11-20\"}");
        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            mongo.insert(half, Outbox.PENDING);

            ConsumerRecord<String, byte[]> published = tasks.awaitRecord(KafkaProbe.withHeader("ce_id", id));
            assertThat(ContractAssertions.assertConformsToCatalogue(published)).isEqualTo(EventType.TASK_COMPLETED);
            await().atMost(PATIENCE).until(() -> logged(id) != null && "PUBLISHED".equals(logged(id).get("status")));
            assertThat(logged(id)).containsEntry("key", id).containsEntry("topic", "plan.tasks");
        }
    }

    @Test
    void anEventPublishedBeforeTheOutboxKeptPendingEventsApartMovesToTheLogWithoutBeingSentAgain() {
        String id = "outbox-it:" + UUID.randomUUID();
        Date stagedAt = Date.from(clock.instant().minusSeconds(3_600));
        Document published = new Document("_id", id).append("topic", "plan.tasks").append("key", id)
                .append("type", EventType.TASK_COMPLETED.ceType()).append("source", "/plan-service").append("subject", id)
                .append("time", stagedAt).append("status", "PUBLISHED").append("stagedAt", stagedAt)
                .append("publishedAt", stagedAt).append("payload", "{}");
        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            mongo.insert(published, Outbox.PENDING);

            await().atMost(PATIENCE).until(() -> !pending(id));
            assertThat(logged(id)).containsEntry("status", "PUBLISHED").containsEntry("publishedAt", stagedAt);
            assertThat(tasks.drain(Duration.ofSeconds(2))).filteredOn(KafkaProbe.withHeader("ce_id", id)).isEmpty();
        }
    }

    private CloudEvent completed() {
        String assignment = "outbox-it-" + UUID.randomUUID();
        LocalDate due = LocalDate.now(clock).plusDays(5);
        return CloudEvent.of("task-completed:" + assignment, assignment, clock.instant(),
                new TaskCompleted(assignment, "p-outbox", "u-outbox", due, due.minusDays(1), "Đã gửi báo cáo", null));
    }

    private boolean pending(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Outbox.PENDING);
    }

    private Document logged(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, Outbox.LOG);
    }
}
