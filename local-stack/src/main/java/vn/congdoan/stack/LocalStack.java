package vn.congdoan.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole system on one machine: the MongoDB stand-in in this JVM, a Kafka broker, the identity
 * provider and the four services as child processes. Ctrl-C stops the services, then the
 * provider, the broker, then the stand-in.
 */
public final class LocalStack {

    record Service(String name, String database, int port) {
        /** Actuator's port: the API port + 1000 (9081 for plan-service's 8081). */
        int managementPort() {
            return port + MANAGEMENT_PORT_OFFSET;
        }
    }

    /** A service's or the portal's management port is its port + 1000 (docs/operations.md). */
    static final int MANAGEMENT_PORT_OFFSET = 1000;

    /** notification-service seals officers' webhook secrets with this key (NOTIFICATION_WEBHOOK_SECRETKEY). */
    public static final String WEBHOOK_SECRET_KEY = "NOTIFICATION_WEBHOOK_SECRETKEY";
    /** DEMO ONLY, for ./run-local and the system tests when the launcher's environment sets no key. */
    public static final String DEMO_WEBHOOK_SECRET_KEY = "ZGV2ZWxvcG1lbnQtb25seS13ZWJob29rLWtleS0zMmI=";

    static final List<Service> SERVICES = List.of(
            new Service("plan-service", "plan", 8081),
            new Service("outreach-service", "outreach", 8082),
            new Service("reporting-service", "reporting", 8083),
            new Service("notification-service", "notification", 8084));

    private final Path root;
    private final StackSettings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final long started = System.nanoTime();
    private ServiceProcess identityProvider;
    private MongoStandIn mongo;
    private MailCatcher mail;
    private KafkaBroker kafka;
    private boolean stopping;

    LocalStack(Path root, StackSettings settings) {
        this.root = root;
        this.settings = settings;
    }

    public static void main(String[] args) {
        LocalStack stack;
        try {
            Path root = RepositoryRoot.find(Path.of(""));
            StackSettings settings = StackSettings.fromSystemProperties(root);
            configureLogging(settings);
            stack = new LocalStack(root, settings);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
            stack.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        StackReport.printReady(stack.settings, stack.services, seconds(stack.started));
        stack.watch();
    }

    /** Before the first logger: the launcher's logback configuration writes to the stack's log folder. */
    private static void configureLogging(StackSettings settings) {
        System.setProperty("congdoan.stack.logs", settings.logs().toString());
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "vn/congdoan/stack/launcher-logback.xml");
        }
    }

    void start() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(settings.mongoPort(), "MongoDB stand-in");
        ports.put(settings.kafkaPort(), "Kafka broker");
        ports.put(settings.kafkaControllerPort(), "Kafka controller");
        ports.put(MailCatcher.SMTP_PORT, "mail catcher (SMTP)");
        ports.put(MailCatcher.IMAP_PORT, "mail catcher (IMAP)");
        ports.put(settings.identityPort(), IdentityProvider.NAME);
        SERVICES.forEach(service -> {
            ports.put(service.port(), service.name());
            ports.put(service.managementPort(), service.name() + " management");
        });
        ports.put(Portal.PORT, Portal.NAME);
        ports.put(Portal.PORT + MANAGEMENT_PORT_OFFSET, Portal.NAME + " management");
        Ports.requireFree(ports);
        Path portalJar = ServiceProcess.serviceJar(root, Portal.NAME);
        Path identityJar = ServiceProcess.serviceJar(root, IdentityProvider.NAME);
        Map<Service, Path> jars = new LinkedHashMap<>();
        SERVICES.forEach(service -> jars.put(service, ServiceProcess.serviceJar(root, service.name())));
        Path kafkaLibs = KafkaBroker.libs(root);

        synchronized (this) {
            requireNotStopping();
            identityProvider = IdentityProvider.start(identityJar, settings.identityPort(),
                    settings.logs().resolve(IdentityProvider.NAME + ".log"));
            kafka = KafkaBroker.start(kafkaLibs, settings.dir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort(), settings.logs().resolve("kafka.log"));
            mongo = MongoStandIn.start(settings.dir().resolve("mongo").resolve("congdoan.mv.db"), settings.mongoPort());
            System.out.println("MongoDB stand-in listening on 127.0.0.1:" + settings.mongoPort()
                    + " (data in " + settings.dir().resolve("mongo") + ")");
            mail = MailCatcher.start();
            // the services take far longer to boot than the broker and reach Kafka late in their start-up:
            // starting them now rather than after the broker is ready saves its start-up time
            jars.forEach((service, jar) -> services.add(ServiceProcess.start(service.name(), jar, service.port(),
                    environment(service), settings.logs().resolve(service.name() + ".log"))));
        }
        System.out.println("Starting " + String.join(", ", SERVICES.stream().map(Service::name).toList())
                + " (logs in " + settings.logs() + ")");
        kafka.awaitReady(Duration.ofSeconds(60));
        System.out.printf("  %-22s ready on %s (%.1f s)%n", "Kafka broker", kafka.bootstrapServers(), seconds(started));
        IdentityProvider.awaitReady(identityProvider, settings.healthTimeout());
        System.out.printf("  %-22s ready on %s (%.1f s)%n", IdentityProvider.NAME, settings.issuer(), seconds(started));
        synchronized (this) {
            requireNotStopping();
            services.add(Portal.start(portalJar, Portal.PORT, settings.issuer(), this::serviceUrl,
                    Map.of(ServiceProcess.MANAGEMENT_PORT_VARIABLE, String.valueOf(Portal.PORT + MANAGEMENT_PORT_OFFSET)),
                    settings.logs().resolve(Portal.NAME + ".log")));
        }
        awaitHealthy(settings.healthTimeout());
        System.out.println("  " + DirectorySeed.importSamples(services.getFirst().baseUrl(), settings.issuer(),
                root.resolve("samples").resolve("units-binh-dinh.csv")));
    }

    private Map<String, String> environment(Service service) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_MONGODB_URI", mongo.uri(service.database()),
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", settings.issuer(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                ServiceProcess.MANAGEMENT_PORT_VARIABLE, String.valueOf(service.managementPort()),
                // a developer's machine: the OpenAPI document and Swagger UI are on (service-support's ServiceDefaults)
                "SPRING_PROFILES_ACTIVE", "dev",
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(MailCatcher.SMTP_PORT),
                "NOTIFICATION_LINKS_BASEURL", Portal.baseUrl(Portal.PORT),
                // the stand-in has no `hello` command: Boot's MongoDB health indicator would say DOWN
                "MANAGEMENT_HEALTH_MONGODB_ENABLED", "false"));
        if (service.name().equals("notification-service")) {
            environment.put(WEBHOOK_SECRET_KEY, IdentityProvider.envOr(WEBHOOK_SECRET_KEY, DEMO_WEBHOOK_SECRET_KEY));
        }
        return environment;
    }

    private String serviceUrl(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().baseUrl();
    }

    /** In parallel; the first service that fails ends the wait with its name and log tail. */
    private void awaitHealthy(Duration timeout) {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            CompletionService<ServiceProcess> healthy = new ExecutorCompletionService<>(executor);
            services.forEach(service -> healthy.submit(() -> service.awaitHealthy(timeout)));
            for (int i = 0; i < services.size(); i++) {
                ServiceProcess service = healthy.take().get();
                System.out.printf("  %-22s healthy (%.1f s)%n", service.name(), seconds(started));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services", e);
        } finally {
            executor.shutdownNow(); // the other waits end at once when one service has failed
        }
    }

    /** Blocks until the JVM shuts down, saying so when a service or the broker dies on its own. */
    private void watch() {
        List<ServiceProcess> reported = new ArrayList<>();
        boolean brokerReported = false;
        while (true) {
            ChildProcesses.pause(Duration.ofSeconds(2));
            synchronized (this) {
                if (stopping) {
                    return;
                }
                services.stream().filter(service -> !service.isAlive() && !reported.contains(service))
                        .forEach(service -> {
                            reported.add(service);
                            System.err.println(service.name() + " has stopped on its own; see " + service.logFile());
                        });
                if (kafka != null && !kafka.isAlive() && !brokerReported) {
                    brokerReported = true;
                    System.err.println("The Kafka broker has stopped on its own; the services wait for it (events stay in"
                            + " their outboxes). See " + kafka.logFile());
                }
            }
        }
    }

    /** Services first (graceful, in parallel), then the broker, then the stand-in; safe to call twice. */
    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (kafka == null && mongo == null) {
            return; // failed before starting anything
        }
        System.out.println("Stopping the local stack...");
        services.parallelStream().forEach(ServiceProcess::stop);
        if (identityProvider != null) {
            identityProvider.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (mail != null) {
            mail.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        System.out.println("Local stack stopped.");
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new IllegalStateException("stopped while starting");
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
