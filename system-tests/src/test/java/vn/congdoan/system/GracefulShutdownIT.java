package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.JsonNode;
import vn.congdoan.stack.ServiceProcess;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.TestInfrastructure;

/**
 * SIGTERM, as Docker and Kubernetes stop a container: the service finishes, publishes what its
 * outbox still holds and exits by itself. The relay here runs only at start-up (every hour), so
 * whatever reaches Kafka after the import was published by the shutdown's drain.
 */
class GracefulShutdownIT {

    @Test
    void onSigtermPlanServicePublishesEveryStagedEventAndExitsOnItsOwn() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = "plan-shutdown-" + UUID.randomUUID().toString().substring(0, 8);
        Path root = Samples.repositoryRoot();
        ServiceProcess plan = ServiceProcess.start(Platform.PLAN, ServiceProcess.serviceJar(root, Platform.PLAN),
                ServiceProcess.freePort(), Map.of(
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", Platform.issuer(),
                        "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                        "SPRING_MONGODB_URI", infrastructure.mongoUri(database),
                        "MANAGEMENT_HEALTH_MONGODB_ENABLED", String.valueOf(infrastructure.realMongo()),
                        "CONGDOAN_EVENTS_RELAYINTERVAL", "1h",
                        "CONGDOAN_PLAN_SWEEPCRON", "-"),
                root.resolve("system-tests/target/service-logs/plan-service-shutdown.log"))
                .awaitHealthy(Duration.ofSeconds(120));
        // its directory is empty: the operator imports it, as at setup
        Caller operator = Caller.signedIn(Platform.issuer(), People.OPERATOR, People.PASSWORD, service -> plan.baseUrl());

        try (KafkaProbe units = KafkaProbe.open("plan.units");
             MongoClient mongo = MongoClients.create(infrastructure.mongoUri(database))) {
            operator.post(Platform.PLAN, "/api/units/import", Samples.bytes("units-binh-dinh.csv"), "text/csv");
            Set<String> ids = unitIds(Caller.signedIn(Platform.issuer(), People.NATIONAL_STAFF, People.PASSWORD,
                    service -> plan.baseUrl()));
            assertThat(ids).hasSize(52);
            assertThat(publishedKeys(units.drain(Duration.ofSeconds(2)), ids)).as("nothing published before the SIGTERM").isEmpty();
            assertThat(mongo.getDatabase(database).getCollection("outbox").countDocuments()).isEqualTo(52);

            long started = System.nanoTime();
            plan.stop();
            Duration stopping = Duration.ofNanos(System.nanoTime() - started);

            assertThat(plan.exitValue()).as("exited on its own after SIGTERM, not killed").isEqualTo(143);
            assertThat(stopping).isLessThan(Duration.ofSeconds(30));
            assertThat(publishedKeys(units.drain(Duration.ofSeconds(5)), ids)).as("every unit's event published on shutdown")
                    .containsExactlyInAnyOrderElementsOf(ids);
            assertThat(mongo.getDatabase(database).getCollection("outbox").countDocuments()).as("outbox left").isZero();
            assertThat(mongo.getDatabase(database).getCollection("outboxLog")
                    .countDocuments(new Document("status", "PUBLISHED"))).isEqualTo(52);
            System.out.printf("[graceful-shutdown] 52 events staged, 52 published after SIGTERM; stopped in %d ms%n",
                    stopping.toMillis());
        } finally {
            plan.kill();
        }
    }

    /** Every unit, as the national confederation's staff sees them. */
    private static Set<String> unitIds(Caller nationalStaff) {
        JsonNode page = nationalStaff.get(Platform.PLAN, "/api/units?size=100");
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(unit -> unit.get("id").asString()).collect(Collectors.toSet());
    }

    private static Set<String> publishedKeys(List<ConsumerRecord<String, byte[]>> records, Set<String> ids) {
        return records.stream().map(ConsumerRecord::key).filter(ids::contains).collect(Collectors.toSet());
    }
}
