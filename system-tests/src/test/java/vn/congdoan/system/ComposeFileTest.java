package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.stack.RepositoryRoot;

/**
 * What a reviewer checks in {@code docker-compose.yml} before running it, without a Docker
 * engine: it is a valid Compose file, every container has a health check and a pinned image,
 * the services get every setting they need and no secret is written in the file.
 */
class ComposeFileTest {
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY|SECRETKEY|TOKEN).*");
    private final ComposeFile compose = new ComposeFile();

    @Test
    void isValidAgainstTheComposeSpecificationSchema() {
        List<Error> errors = composeSpecification().validate(JsonMapper.builder().build().valueToTree(compose.document));

        assertThat(errors).extracting(e -> e.getInstanceLocation() + ": " + e.getMessage()).isEmpty();
    }

    @Test
    void theSchemaRefusesAFileWithAMistake() {
        Schema schema = composeSpecification();
        Map<String, Object> broken = new Yaml().load(compose.text.replace("  kafka:\n    image:", "  kafka:\n    helthcheck: {}\n    image:"));

        assertThat(schema.validate(JsonMapper.builder().build().valueToTree(broken)))
                .extracting(Error::getMessage).anyMatch(message -> message.contains("helthcheck"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyContainerHasAHealthCheckAndWaitsForWhatItNeedsToBeHealthy() {
        compose.services().forEach((name, definition) -> {
            Map<String, Object> service = (Map<String, Object>) definition;
            Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
            assertThat(healthcheck).as(name + " healthcheck").isNotNull().doesNotContainEntry("disable", true);
            assertThat((List<String>) healthcheck.get("test")).as(name + " healthcheck test").isNotEmpty()
                    .first().isNotEqualTo("NONE");
            assertThat(service.get("restart")).as(name + " restart policy").isEqualTo("unless-stopped");
            Object memory = ((Map<String, Map<String, Map<String, Object>>>) service.get("deploy")).get("resources").get("limits").get("memory");
            assertThat(memory).as(name + " memory limit").isNotNull();
            Object dependsOn = service.get("depends_on");
            if (dependsOn != null) {
                ((Map<String, Map<String, Object>>) dependsOn).forEach((dependency, condition) ->
                        assertThat(condition).as(name + " depends on " + dependency).containsEntry("condition", "service_healthy"));
            }
        });
        for (String service : ComposeFile.DATA_SERVICES) {
            assertThat((Map<String, Object>) compose.service(service).get("depends_on")).containsKeys("kafka", "mongodb");
            assertThat(Duration.parse("PT" + compose.service(service).get("stop_grace_period").toString().toUpperCase()))
                    .as(service + ": graceful shutdown (20 s) and outbox drain (10 s) fit in the stop grace period")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(35));
        }
    }

    @Test
    void everyImageIsPinnedAndTheServicesUseTheImagesTheBuildMakes() {
        Map<String, String> defaults = compose.envExample();
        String version = RepositoryRoot.projectVersion(compose.root);
        compose.services().forEach((name, definition) -> {
            String image = ComposeFile.interpolate(String.valueOf(compose.service(name).get("image")), defaults);
            assertThat(image).as(name).doesNotEndWith(":latest").contains(":");
            if (ComposeFile.DEPLOYABLES.contains(name)) {
                assertThat(image).as(name).isEqualTo("congdoan/" + name + ":" + version);
                assertThat(compose.root.resolve(name).resolve("pom.xml")).as("the module " + name).isRegularFile();
            } else {
                assertThat(image).as(name + ": an exact version").matches(".+:v?\\d+\\.\\d+\\.\\d+(@sha256:[0-9a-f]{64})?");
            }
        });
    }

    @Test
    void everyVariableTheFileReadsIsListedInEnvExampleAndNothingElse() {
        assertThat(compose.envExample().keySet()).containsExactlyInAnyOrderElementsOf(compose.variables());
    }

    @Test
    void noSecretValueIsWrittenInTheFileOrInEnvExample() {
        for (String service : compose.services().keySet()) {
            compose.rawEnvironment(service).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    assertThat(value).as(service + " " + key).matches("\\$\\{[A-Z_]+(:[?-][^}]*)?}");
                    assertThat(value).as(service + " " + key + " has no default").doesNotMatch(".*:-[^}]+}");
                }
                if (value.startsWith("mongodb://")) {
                    assertThat(value).as(service + " " + key + ": the password is a variable")
                            .matches("mongodb://[a-z-]+:\\$\\{[A-Z_]+:\\?[^}]*}@.*");
                }
            });
        }
        compose.envExample().forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                assertThat(value).as(".env.example " + key).isEmpty();
            }
        });
        assertThat(ComposeFile.read(compose.root.resolve(".gitignore"))).containsPattern("(?m)^\\.env$");
    }

    @Test
    void eachServiceGetsItsPortItsOwnDatabaseAndTheBroker() {
        Map<String, String> values = withSecrets(compose.envExample());
        for (String service : ComposeFile.DATA_SERVICES) {
            Map<String, String> env = compose.environment(service, values);
            Map<String, Object> settings = applicationYml(service);
            String port = String.valueOf(((Map<?, ?>) settings.get("server")).get("port"));
            String defaultUri = String.valueOf(((Map<?, ?>) ((Map<?, ?>) settings.get("spring")).get("mongodb")).get("uri"));

            assertThat(env).as(service).containsEntry("SERVER_PORT", port)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:19092")
                    .containsKey("SPRING_MONGODB_URI");
            assertThat(ComposeFile.database(env.get("SPRING_MONGODB_URI"))).as(service + " database")
                    .isEqualTo(ComposeFile.database(defaultUri));
            assertThat(URI.create(env.get("SPRING_MONGODB_URI")).getQuery()).contains("replicaSet=rs0");
            assertThat(compose.service(service).get("ports").toString()).contains(":" + port + ":" + port);
        }
        assertThat(compose.environment(Platform.NOTIFICATION, values))
                .containsEntry("SPRING_MAIL_HOST", "mailpit").containsEntry("SPRING_MAIL_PORT", "1025");
    }

    @Test
    void everyServiceTrustsTheIdentityProvidersIssuerAndFetchesItsKeysInsideTheNetwork() {
        Map<String, String> values = withSecrets(compose.envExample());
        Map<String, String> provider = compose.environment(ComposeFile.IDENTITY_PROVIDER, values);
        String issuer = provider.get("SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER");
        assertThat(issuer).isEqualTo(values.get("CONGDOAN_ISSUER")).isEqualTo("http://127.0.0.1:9000");
        assertThat(provider).containsEntry("SERVER_PORT", "9000")
                .containsEntry("PORTAL_CLIENT_SECRET", "test-portal_client_secret")
                .containsEntry("INTEGRATION_DEMO_CLIENT_SECRET", "test-integration_demo_client_secret");
        assertThat(compose.service(ComposeFile.IDENTITY_PROVIDER).get("ports").toString()).contains(":9000");
        for (String service : ComposeFile.DATA_SERVICES) {
            assertThat(compose.environment(service, values)).as(service)
                    .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer)
                    .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://identity-provider:9000/oauth2/jwks");
        }
    }

    @Test
    void thePortalSignsInAtTheIssuerBrowsersUseAndCallsTheServicesAtTheirPublishedPorts() {
        Map<String, String> values = withSecrets(compose.envExample());
        Map<String, String> portal = compose.environment(ComposeFile.PORTAL, values);
        assertThat(portal).containsEntry("SERVER_PORT", "8080")
                .containsEntry("PORTAL_ISSUER_URI", values.get("CONGDOAN_ISSUER"))
                .containsEntry("PORTAL_CLIENT_SECRET", "test-portal_client_secret")
                .containsEntry("PORTAL_SERVICES_PLAN", "http://127.0.0.1:8081")
                .containsEntry("PORTAL_SERVICES_OUTREACH", "http://127.0.0.1:8082")
                .containsEntry("PORTAL_SERVICES_REPORTING", "http://127.0.0.1:8083")
                .containsEntry("PORTAL_SERVICES_NOTIFICATION", "http://127.0.0.1:8084");
        assertThat(compose.service(ComposeFile.PORTAL)).as("the issuer's 127.0.0.1 must be the host's")
                .containsEntry("network_mode", "host");
        assertThat(compose.environment(ComposeFile.IDENTITY_PROVIDER, values))
                .as("the provider lets the portal's client return to where the portal listens")
                .containsEntry("PORTAL_BASE_URL", "http://127.0.0.1:8080");
        assertThat(compose.environment(Platform.NOTIFICATION, values)).as("the e-mails link to the portal")
                .containsEntry("NOTIFICATION_LINKS_BASEURL", "http://127.0.0.1:8080");
    }

    @Test
    void theInitScriptCreatesTheUserEachServiceConnectsAsWithRightsOnItsDatabaseOnly() {
        String script = ComposeFile.read(compose.root.resolve("deploy/compose/mongo/create-service-users.js"));
        Matcher entries = Pattern.compile("\\{ database: '([a-z]+)', user: '([a-z-]+)', passwordVariable: '([A-Z_]+)' }")
                .matcher(script);
        Map<String, String[]> users = new HashMap<>();
        while (entries.find()) {
            users.put(entries.group(2), new String[] {entries.group(1), entries.group(3)});
        }
        assertThat(script).contains("roles: [{ role: 'readWrite', db: service.database }]");
        assertThat(compose.service("mongodb").get("volumes").toString())
                .contains("./deploy/compose/mongo/create-service-users.js:/docker-entrypoint-initdb.d/");
        List<String> connected = new ArrayList<>();
        for (String service : ComposeFile.DATA_SERVICES) {
            String uri = compose.rawEnvironment(service).get("SPRING_MONGODB_URI");
            String[] user = users.get(service);
            assertThat(user).as("a database user for " + service).isNotNull();
            assertThat(uri).startsWith("mongodb://" + service + ":${" + user[1] + ":?")
                    .contains("@mongodb:27017/" + user[0] + "?").endsWith("authSource=" + user[0]);
            assertThat(compose.rawEnvironment("mongodb")).as("the init script reads " + user[1]).containsKey(user[1]);
            connected.add(service);
        }
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(connected);
    }

    /** The Compose Specification's schema (test data, see compose-spec/README.md), read from the classpath only. */
    private static Schema composeSpecification() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));
    }

    /** .env.example with a made-up value for each required secret, as an operator's .env would have. */
    static Map<String, String> withSecrets(Map<String, String> envExample) {
        Map<String, String> values = new HashMap<>(envExample);
        values.replaceAll((key, value) -> value.isEmpty() && SECRET_NAME.matcher(key).matches()
                && !key.startsWith("SMTP_") && !key.equals("NOTIFICATION_WEBHOOK_SECRET") ? "test-" + key.toLowerCase() : value);
        // an AES key must be the base64 of 16, 24 or 32 bytes
        values.computeIfPresent("NOTIFICATION_WEBHOOK_SECRETKEY", (key, value) -> Base64.getEncoder()
                .encodeToString("test-only-webhook-sealing-key-32".getBytes(StandardCharsets.US_ASCII)));
        return values;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> applicationYml(String service) {
        return new Yaml().load(ComposeFile.read(compose.root.resolve(service + "/src/main/resources/application.yml")));
    }
}
