package vn.congdoan.stack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the stack keeps its data and which ports it takes; each can be changed with a system
 * property, e.g. {@code -Dcongdoan.stack.dir=/tmp/stack}.
 */
record StackSettings(Path dir, int mongoPort, int kafkaPort, int kafkaControllerPort, int identityPort,
                     Duration healthTimeout) {

    static StackSettings fromSystemProperties(Path root) {
        return new StackSettings(
                Path.of(System.getProperty("congdoan.stack.dir", root.resolve(".local-stack").toString()))
                        .toAbsolutePath().normalize(),
                Integer.getInteger("congdoan.stack.mongo-port", 27017),
                Integer.getInteger("congdoan.stack.kafka-port", KafkaBroker.DEFAULT_PORT),
                Integer.getInteger("congdoan.stack.kafka-controller-port", KafkaBroker.DEFAULT_PORT + 1),
                Integer.getInteger("congdoan.stack.identity-port", 9000),
                Duration.ofSeconds(Integer.getInteger("congdoan.stack.health-timeout-seconds", 120)));
    }

    /** The OpenID Connect issuer the services trust: the identity provider the stack starts. */
    String issuer() {
        return IdentityProvider.issuer(identityPort);
    }

    Path logs() {
        return dir.resolve("logs");
    }
}
