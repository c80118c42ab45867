package vn.congdoan.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real Kafka (KRaft) and real MongoDB in containers, the images docker-compose.yml runs. MongoDB
 * runs as a single-member replica set, as in production (Testcontainers 2 starts a standalone
 * server unless asked).
 */
final class ContainerInfrastructure implements TestInfrastructure {
    private final KafkaContainer kafka = new KafkaContainer(
            "apache/kafka:4.1.2@sha256:5cc2a2fd93fa2687b44015eee04fb2c3edd9e526bd64bf8bec5ff1e268772e0e");
    private final MongoDBContainer mongo = new MongoDBContainer(
            "mongo:8.0.17@sha256:9814652e33f0cf8b9fddea8b46dfc9d8e19b130dcfdd7b510ca58bb0d40c8b71").withReplicaSet();

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
