package vn.congdoan.testsupport;

import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * The Kafka broker and MongoDB server of this test JVM, started once on first use and shared by
 * every test. Testcontainers (real Kafka in KRaft mode, real MongoDB as a replica set) when a
 * Docker engine answers; otherwise the embedded Apache Kafka broker and the in-process MongoDB
 * wire-protocol stand-in. {@code -Dcongdoan.test.infrastructure=containers|embedded} forces one.
 */
public interface TestInfrastructure {
    String MODE_PROPERTY = "congdoan.test.infrastructure";

    String kafkaBootstrapServers();

    /** A connection string for {@code database} on this JVM's MongoDB. */
    String mongoUri(String database);

    /**
     * The link between the services and the database, for tests of a database outage; the
     * embedded stand-in is reached through it, Testcontainers' MongoDB is not (a replica set
     * announces its own address), so such tests run in embedded mode only.
     */
    DatabaseLink database();

    /** Whether a real MongoDB server runs (its health indicator works; the stand-in has no "hello"). */
    boolean realMongo();

    String mode();

    static TestInfrastructure get() {
        return Holder.INSTANCE;
    }

    final class Holder {
        private static final TestInfrastructure INSTANCE = start();

        private Holder() {
        }

        private static TestInfrastructure start() {
            String mode = System.getProperty(MODE_PROPERTY, "auto").toLowerCase(Locale.ROOT);
            boolean containers = switch (mode) {
                case "containers" -> true;
                case "embedded" -> false;
                default -> DockerClientFactory.instance().isDockerAvailable();
            };
            TestInfrastructure infrastructure = containers ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
            System.out.printf("[test-infrastructure] mode=%s kafka=%s mongo=%s%n", infrastructure.mode(),
                    infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri("<database>"));
            return infrastructure;
        }
    }
}
