package vn.congdoan.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.congdoan.stack.DirectorySeed;
import vn.congdoan.stack.IdentityProvider;
import vn.congdoan.stack.LocalStack;
import vn.congdoan.stack.Portal;
import vn.congdoan.stack.ServiceProcess;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.TestClock;
import vn.congdoan.testsupport.TestInfrastructure;

/**
 * The identity provider and the four services as separate processes, started once for all system
 * tests against this JVM's broker, database and SMTP server, exactly as the local stack runs them:
 * the services trust only the provider's issuer, and the sample directory is imported by the demo
 * operator, so the demo accounts' units exist. Every call is made as someone ({@link #as}), with
 * a token got through the provider's login form. The officers' portal runs beside them when a test
 * asks for it ({@link #portal}); the services' e-mail links point at it. Stopped when the JVM ends
 * (ServiceProcess's reaper).
 */
final class Platform {
    static final String PLAN = "plan-service";
    static final String OUTREACH = "outreach-service";
    static final String REPORTING = "reporting-service";
    static final String NOTIFICATION = "notification-service";
    private static final List<String> SERVICES = List.of(PLAN, OUTREACH, REPORTING, NOTIFICATION);
    /** This JVM's run: the test provinces' unit codes and people ({@link People}) carry it. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger PROVINCES = new AtomicInteger();
    /** Six JVMs starting at once on two busy cores: a service took over 120 s (as in ComposeEnvironmentIT). */
    private static final Duration STARTUP = Duration.ofSeconds(240);
    /**
     * Chosen before the provider starts: the provider lets the portal's client return only to this
     * address, and the services' e-mails link to it.
     */
    private static final int PORTAL_PORT = ServiceProcess.freePort();
    private static Map<String, ServiceProcess> running;
    private static ServiceProcess identityProvider;
    private static ServiceProcess portal;
    private static GreenMail mail;

    private Platform() {
    }

    static ServiceProcess service(String name) {
        return running().get(name);
    }

    /** The real SMTP server the services send e-mail to, in this JVM; it serves the mailboxes over IMAP too. */
    static synchronized GreenMail mail() {
        running();
        return mail;
    }

    /**
     * The identity provider process, with the demo accounts and this run's test people; its issuer
     * is the only one the services trust. Started on first use.
     */
    static synchronized ServiceProcess identityProvider() {
        if (identityProvider == null) {
            Path root = Samples.repositoryRoot();
            identityProvider = IdentityProvider.awaitReady(IdentityProvider.start(
                    ServiceProcess.serviceJar(root, IdentityProvider.NAME), ServiceProcess.freePort(),
                    Map.of("SPRING_APPLICATION_JSON", People.providerAccounts(RUN), "PORTAL_BASE_URL", portalUrl()),
                    root.resolve("system-tests/target/service-logs/identity-provider.log")), STARTUP);
        }
        return identityProvider;
    }

    /**
     * The officers' portal process, signing people in at the provider and calling the services;
     * started on first use (only the browser test needs it).
     */
    static synchronized ServiceProcess portal() {
        if (portal == null) {
            running();
            Path root = Samples.repositoryRoot();
            portal = Portal.start(ServiceProcess.serviceJar(root, Portal.NAME), PORTAL_PORT, issuer(), Platform::baseUrl,
                    Map.of("CONGDOAN_CLOCK_START", TestClock.now().toString()),
                    root.resolve("system-tests/target/service-logs/portal.log")).awaitHealthy(STARTUP);
        }
        return portal;
    }

    /** Where the portal answers, and what the services' e-mails link to. */
    static String portalUrl() {
        return Portal.baseUrl(PORTAL_PORT);
    }

    static String issuer() {
        return IdentityProvider.issuer(identityProvider().port());
    }

    /** Calls made as {@code username} (password "demo"), signed in through the provider's login form. */
    static Caller as(String username) {
        return Caller.signedIn(issuer(), username, People.PASSWORD, Platform::baseUrl);
    }

    /** Calls without a token. */
    static Caller anonymous() {
        return Caller.anonymous(Platform::baseUrl);
    }

    /** The number of a test province not used yet in this JVM (1 to {@link People#PROVINCES}). */
    static int nextProvince() {
        int province = PROVINCES.incrementAndGet();
        if (province > People.PROVINCES) {
            throw new IllegalStateException("more than " + People.PROVINCES + " test provinces: raise People.PROVINCES");
        }
        return province;
    }

    static String baseUrl(String service) {
        return running().get(service).baseUrl();
    }

    /** Where the service's Actuator answers (health, metrics). */
    static String managementUrl(String service) {
        return running().get(service).managementUrl();
    }

    /** Started on first use, not in the static initialiser: the parallel start-up would wait on it. */
    private static synchronized Map<String, ServiceProcess> running() {
        if (running == null) {
            mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
            mail.start();
            identityProvider();
            running = start(mail.getSmtp().getPort());
            System.out.println("[platform] " + DirectorySeed.importSamples(running.get(PLAN).baseUrl(), issuer(),
                    Samples.repositoryRoot().resolve("samples/units-binh-dinh.csv")));
        }
        return running;
    }

    /**
     * Kills the service with SIGKILL, as a crash would (no graceful shutdown, nothing flushed), and
     * starts it again on the same port, database and broker. Returns when it is healthy.
     */
    static synchronized ServiceProcess crashAndRestart(String name) {
        ServiceProcess crashed = running().get(name);
        crashed.kill();
        ServiceProcess again = startOne(name, crashed.port(), mail.getSmtp().getPort()).awaitHealthy(STARTUP);
        running.put(name, again);
        return again;
    }

    private static ServiceProcess startOne(String service, int port, int smtpPort) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Path root = Samples.repositoryRoot();
        Map<String, String> env = Map.of(
                // the provider started before the services; not issuer(): this runs on the start-up threads
                // while running() holds the class's lock
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", IdentityProvider.issuer(identityProvider.port()),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "SPRING_MONGODB_URI", infrastructure.mongoUri(service.replace("-service", "")),
                "MANAGEMENT_HEALTH_MONGODB_ENABLED", String.valueOf(infrastructure.realMongo()),
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(smtpPort),
                // every process, restarted ones too, on the tests' timeline: no result depends on the day
                "CONGDOAN_CLOCK_START", TestClock.now().toString(),
                // the deliveries a crashed dispatcher had claimed are taken over after one lease (default 2m)
                "NOTIFICATION_DELIVERY_CLAIMLEASE", "20s",
                "NOTIFICATION_LINKS_BASEURL", portalUrl(),
                // officers' webhook secrets sealed as in production (only notification-service reads it)
                LocalStack.WEBHOOK_SECRET_KEY, LocalStack.DEMO_WEBHOOK_SECRET_KEY);
        return ServiceProcess.start(service, ServiceProcess.serviceJar(root, service), port, env,
                root.resolve("system-tests/target/service-logs/" + service + ".log"));
    }

    private static Map<String, ServiceProcess> start(int smtpPort) {
        Map<String, CompletableFuture<ServiceProcess>> starting = new java.util.LinkedHashMap<>();
        for (String service : SERVICES) {
            starting.put(service, CompletableFuture.supplyAsync(() -> startOne(service, ServiceProcess.freePort(), smtpPort)
                    .awaitHealthy(STARTUP)));
        }
        Map<String, ServiceProcess> running = new java.util.LinkedHashMap<>();
        starting.forEach((name, future) -> running.put(name, future.join()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Platform.running.values().forEach(ServiceProcess::stop);
            if (portal != null) {
                portal.stop();
            }
            mail.stop();
        }));
        return running;
    }
}
