package vn.congdoan.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Real Kafka (KRaft) and real MongoDB (a single-node replica set) in containers. */
final class ContainerInfrastructure implements TestInfrastructure {
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
    private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    ContainerInfrastructure() {
        kafka.start();
        mongo.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.getReplicaSetUrl(database);
    }

    @Override
    public DatabaseLink database() {
        throw new UnsupportedOperationException("database outages are tested with the embedded stand-in");
    }

    @Override
    public boolean realMongo() {
        return true;
    }

    @Override
    public String mode() {
        return "containers (Testcontainers: apache/kafka, mongo replica set)";
    }
}
