package vn.congdoan.testsupport;

import java.net.InetSocketAddress;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The real Apache Kafka broker (KRaft) in this JVM and the MongoDB wire-protocol stand-in. */
final class EmbeddedInfrastructure implements TestInfrastructure {
    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final DatabaseLink database;

    EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        database = new DatabaseLink(address);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "test-infrastructure-stop"));
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri(String database) {
        // a database away for longer than 5 s fails an operation (not the driver's 30 s), as outage tests need
        return "mongodb://" + this.database.address() + "/" + database + "?serverSelectionTimeoutMS=5000";
    }

    @Override
    public DatabaseLink database() {
        return database;
    }

    @Override
    public boolean realMongo() {
        return false;
    }

    @Override
    public String mode() {
        return "embedded (Kafka KRaft broker in-process, MongoDB wire-protocol stand-in)";
    }
}
