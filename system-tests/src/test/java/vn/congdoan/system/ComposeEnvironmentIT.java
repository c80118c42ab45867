package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.congdoan.identity.SignInClient;
import vn.congdoan.stack.IdentityProvider;
import vn.congdoan.stack.ServiceProcess;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.TestInfrastructure;

/**
 * Each service started as a process with exactly the environment its docker-compose.yml entry
 * gives it (interpolated from .env.example, with made-up secrets), the compose host names mapped
 * to this JVM's infrastructure: {@code kafka:19092} to the test broker, {@code mailpit:1025} to
 * GreenMail, the MongoDB URI to the same database on the test MongoDB (the stand-in has neither
 * users nor a replica set; ComposeFileTest checks the users and the replica set) and the HTTP
 * port to a free one. It must become healthy, pass the image's readiness check, and every
 * variable compose sets must be one the service reads: an input of a bound configuration property
 * ({@code /actuator/configprops}), or a placeholder the service's code reads.
 */
class ComposeEnvironmentIT {
    static final List<String> services = ComposeFile.PRODUCT_SERVICES;
    /**
     * Settings read with {@code @Value} or {@code @Scheduled} placeholders rather than bound to a
     * properties class, so not listed by configprops: the service's code must read the property in
     * its canonical form, which Spring's relaxed binding fills from exactly this variable.
     */
    private static final Map<String, String> READ_BY_PLACEHOLDER = Map.of(
            "CONGDOAN_PLAN_SWEEPCRON", "congdoan.plan.sweep-cron",
            "REPORTING_TIMELINESS_ALLOWEDDAYS", "reporting.timeliness.allowed-days",
            "NOTIFICATION_LINKS_BASEURL", "notification.links.base-url");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static GreenMail mail;

    @BeforeAll
    static void startMail() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
    }

    @AfterAll
    static void stopMail() {
        mail.stop();
    }

    @ParameterizedTest
    @FieldSource("services")
    void startsHealthyWithExactlyItsComposeEnvironmentAndReadsEveryVariable(String service) throws Exception {
        if (service.equals(ComposeFile.IDENTITY_PROVIDER)) {
            identityProviderStartsWithItsComposeEnvironmentAndReadsEveryVariable();
            return;
        }
        ComposeFile compose = new ComposeFile();
        Map<String, String> composeEnv = compose.environment(service, ComposeFileTest.withSecrets(compose.envExample()));
        Map<String, String> env = mapToTestInfrastructure(composeEnv);
        env.put("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,configprops");
        env.put("MANAGEMENT_ENDPOINT_CONFIGPROPS_SHOW_VALUES", "always");
        Path root = Samples.repositoryRoot();

        ServiceProcess process = ServiceProcess.start(service, ServiceProcess.serviceJar(root, service), ServiceProcess.freePort(),
                env, root.resolve("system-tests/target/service-logs/" + service + "-compose.log"));
        try {
            process.awaitHealthy(Duration.ofSeconds(240));

            assertThat(readinessCheck(root, process)).as("the image's HEALTHCHECK script").isZero();
            String configprops = Caller.signedIn(Platform.issuer(), People.OPERATOR, People.PASSWORD, name -> process.managementUrl())
                    .text(service, "/actuator/configprops");
            for (String variable : composeEnv.keySet()) {
                if (configprops.contains("System Environment Property \\\"" + variable + "\\\"")) {
                    continue;
                }
                String property = READ_BY_PLACEHOLDER.get(variable);
                assertThat(property).as(service + " does not read " + variable).isNotNull();
                assertThat(property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "")).isEqualTo(variable);
                assertThat(mainSources(root.resolve(service))).as(service + " reads " + property).contains("${" + property);
            }
        } finally {
            process.stop();
        }
    }

    /**
     * The provider has no Actuator: it is ready when the image's check finds its discovery
     * document; it reads its issuer (the discovery document says it) and its clients' secrets
     * (the integration client gets a token with the secret compose gives it; the portal's secret and
     * address are placeholders of its configuration).
     */
    private static void identityProviderStartsWithItsComposeEnvironmentAndReadsEveryVariable() throws Exception {
        String service = ComposeFile.IDENTITY_PROVIDER;
        ComposeFile compose = new ComposeFile();
        Map<String, String> env = compose.environment(service, ComposeFileTest.withSecrets(compose.envExample()));
        Path root = Samples.repositoryRoot();
        try (ServiceProcess process = ServiceProcess.start(service, ServiceProcess.serviceJar(root, service),
                ServiceProcess.freePort(), env, root.resolve("system-tests/target/service-logs/" + service + "-compose.log"))) {
            IdentityProvider.awaitReady(process, Duration.ofSeconds(240));

            assertThat(readinessCheck(root, process, "/.well-known/openid-configuration", "\"issuer\"")).isZero();
            assertThat(get(process, "/.well-known/openid-configuration"))
                    .contains("\"issuer\":\"" + env.get("SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER") + "\"");
            assertThat(new SignInClient(process.baseUrl()).clientToken("integration-demo", env.get("INTEGRATION_DEMO_CLIENT_SECRET")))
                    .as("a token for the integration client with its compose secret").isNotBlank();
            String configuration = Files.readString(root.resolve(service + "/src/main/resources/identity-provider.yml"));
            for (String placeholder : List.of("PORTAL_CLIENT_SECRET", "PORTAL_BASE_URL")) {
                assertThat(env).containsKey(placeholder);
                assertThat(configuration).as(service + " reads " + placeholder).contains("${" + placeholder);
            }
            assertThat(env.keySet()).containsExactlyInAnyOrder("SERVER_PORT", "SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER",
                    "PORTAL_CLIENT_SECRET", "INTEGRATION_DEMO_CLIENT_SECRET", "PORTAL_BASE_URL");
        }
    }

    /** Compose's host names to this JVM's broker, MongoDB and SMTP server. */
    private static Map<String, String> mapToTestInfrastructure(Map<String, String> composeEnv) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Map<String, String> env = new HashMap<>(composeEnv);
        env.computeIfPresent("SPRING_KAFKA_BOOTSTRAP_SERVERS",
                (key, value) -> value.replace("kafka:19092", infrastructure.kafkaBootstrapServers()));
        env.computeIfPresent("SPRING_MONGODB_URI",
                (key, value) -> infrastructure.mongoUri(ComposeFile.database(value) + "-compose"));
        env.computeIfPresent("SPRING_MAIL_HOST", (key, value) -> value.replace("mailpit", "127.0.0.1"));
        env.computeIfPresent("SPRING_MAIL_PORT", (key, value) -> String.valueOf(mail.getSmtp().getPort()));
        env.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", String.valueOf(infrastructure.realMongo()));
        env.computeIfPresent(ServiceProcess.MANAGEMENT_PORT_VARIABLE, (key, value) -> String.valueOf(ServiceProcess.freePort()));
        // the identity provider: the system tests' own, so that the operator can read configprops
        env.computeIfPresent("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", (key, value) -> Platform.issuer());
        env.computeIfPresent("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
                (key, value) -> value.replace("http://identity-provider:9000", Platform.issuer()));
        return env;
    }

    /** deploy/image/readiness-check, the image's HEALTHCHECK, run against the process. */
    private static int readinessCheck(Path root, ServiceProcess process, String... pathAndText) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("deploy/image/readiness-check").toString()));
        command.addAll(List.of(pathAndText));
        ProcessBuilder check = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        check.environment().put("SERVER_PORT", String.valueOf(process.port()));
        if (pathAndText.length == 0) { // a service's readiness group, on its management port
            check.environment().put(ServiceProcess.MANAGEMENT_PORT_VARIABLE, String.valueOf(process.managementPort()));
        }
        Process running = check.start();
        assertThat(running.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return running.exitValue();
    }

    private static String mainSources(Path module) throws IOException {
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }

    private static String get(ServiceProcess process, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(process.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
