package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.congdoan.stack.RepositoryRoot;
import vn.congdoan.testsupport.Samples;

/**
 * The Kustomize example overlay as {@code kubectl kustomize deploy/overlays/example} renders it
 * (no cluster needed): every Deployment runs the image the build makes, with Boot's probe groups,
 * resources, a non-root user, a read-only root filesystem, a Service, a PodDisruptionBudget and an
 * autoscaler that never exceeds what the topics' partitions can use. Skipped, saying so, where
 * kubectl is not installed.
 */
class KubernetesManifestsTest {
    private static final Path ROOT = Samples.repositoryRoot();
    private static List<Map<String, Object>> rendered;

    @BeforeAll
    static void render() throws Exception {
        Optional<Path> kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst();
        assumeTrue(kubectl.isPresent(), "kubectl is not on the PATH: the Kubernetes manifests were not rendered or checked");
        Process process = new ProcessBuilder(kubectl.get().toString(), "kustomize", "deploy/overlays/example")
                .directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize deploy/overlays/example").isZero();
        rendered = new ArrayList<>();
        new Yaml().loadAll(yaml).forEach(document -> rendered.add(map(document)));
    }

    @Test
    void everyServiceModuleHasADeploymentRunningTheImageTheBuildMakes() {
        String version = RepositoryRoot.projectVersion(ROOT);
        List<String> deployments = new ArrayList<>();
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String name = name(deployment);
            deployments.add(name);
            Map<String, Object> container = container(deployment);
            assertThat((String) container.get("image")).as(name)
                    .matches("([a-z0-9.-]+(:\\d+)?/)*congdoan/" + name + ":" + version.replace(".", "\\."));
            assertThat(ROOT.resolve(name).resolve("pom.xml")).as("the module " + name).isRegularFile();
        }
        assertThat(deployments).containsExactlyInAnyOrderElementsOf(ComposeFile.DEPLOYABLES);
    }

    @Test
    void everyDeploymentHasBootsProbesOnItsOwnPort() {
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String name = name(deployment);
            Map<String, Object> container = container(deployment);
            int port = (Integer) map(list(container.get("ports")).getFirst()).get("containerPort");
            assertThat(port).as(name + " port").isEqualTo(applicationPort(name));
            assertThat(environment(deployment)).as(name).containsEntry("SERVER_PORT", String.valueOf(port));
            if (name.equals(ComposeFile.IDENTITY_PROVIDER)) {
                continue; // no Actuator: its probes ask for the discovery document (the next test)
            }
            // Actuator answers on the management port only (port + 1000), which the Service does not expose
            Map<String, Object> management = map(list(container.get("ports")).get(1));
            assertThat(management).as(name).containsEntry("name", "management").containsEntry("containerPort", port + 1000);
            assertThat(probePath(container, "livenessProbe", "management")).as(name).isEqualTo("/actuator/health/liveness");
            assertThat(probePath(container, "readinessProbe", "management")).as(name).isEqualTo("/actuator/health/readiness");
            assertThat(probePath(container, "startupProbe", "management")).as(name).isEqualTo("/actuator/health/liveness");
        }
    }

    @Test
    void theIdentityProviderRunsOnceAndTheServicesTrustItsIssuer() {
        Map<String, Object> provider = ofKind("Deployment").stream()
                .filter(d -> ComposeFile.IDENTITY_PROVIDER.equals(name(d))).findFirst().orElseThrow();
        assertThat((Integer) map(provider.get("spec")).get("replicas")).as("its signing key lives in one process's memory").isEqualTo(1);
        assertThat(map(map(provider.get("spec")).get("strategy"))).containsEntry("type", "Recreate");
        assertThat(ofKind("HorizontalPodAutoscaler")).noneSatisfy(hpa -> assertThat(
                map(map(hpa.get("spec")).get("scaleTargetRef")).get("name")).isEqualTo(ComposeFile.IDENTITY_PROVIDER));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(probePath(container(provider), probe)).as(probe).isEqualTo("/.well-known/openid-configuration");
        }
        String issuer = environment(provider).get("SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER");
        assertThat(issuer).startsWith("https://");
        assertThat(environment(provider)).containsKeys("PORTAL_CLIENT_SECRET", "INTEGRATION_DEMO_CLIENT_SECRET");
        Map<String, Object> portal = ofKind("Deployment").stream()
                .filter(d -> ComposeFile.PORTAL.equals(name(d))).findFirst().orElseThrow();
        assertThat(environment(portal)).as("the portal signs people in at the same issuer")
                .containsEntry("PORTAL_ISSUER_URI", issuer).containsKey("PORTAL_CLIENT_SECRET")
                .containsEntry("PORTAL_SERVICES_PLAN", "http://plan-service:8081");
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            if (ComposeFile.DATA_SERVICES.contains(name(deployment))) {
                assertThat(environment(deployment)).as(name(deployment))
                        .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer)
                        .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://identity-provider:9000/oauth2/jwks");
            }
        }
    }

    @Test
    void everyDeploymentHasResourcesAndRunsAsNonRootOnAReadOnlyFilesystem() {
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String name = name(deployment);
            Map<String, Object> pod = podSpec(deployment);
            Map<String, Object> container = container(deployment);
            Map<String, Object> resources = map(container.get("resources"));
            assertThat(map(resources.get("requests"))).as(name + " requests").containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as(name + " limits").containsKey("memory");
            Map<String, Object> podSecurity = map(pod.get("securityContext"));
            assertThat(podSecurity).as(name).containsEntry("runAsNonRoot", true);
            assertThat((Integer) podSecurity.get("runAsUser")).as(name + " user").isPositive();
            Map<String, Object> security = map(container.get("securityContext"));
            assertThat(security).as(name).containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
            assertThat(list(container.get("volumeMounts"))).as(name + ": /tmp is writable")
                    .anySatisfy(mount -> assertThat(map(mount)).containsEntry("mountPath", "/tmp"));
            assertThat(list(pod.get("volumes"))).as(name).anySatisfy(volume -> assertThat(map(volume)).containsKey("emptyDir"));
            assertThat((Integer) pod.get("terminationGracePeriodSeconds")).as(name + ": room for the graceful shutdown")
                    .isGreaterThanOrEqualTo(45);
        }
    }

    @Test
    void everyDeploymentHasAServiceADisruptionBudgetAndAnAutoscalerWithinThePartitions() {
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String name = name(deployment);
            Map<String, Object> labels = map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
            assertThat(ofKind("Service")).as(name + " Service").anySatisfy(service ->
                    assertThat(labels).containsAllEntriesOf(map(map(service.get("spec")).get("selector"))));
            if (!ComposeFile.DATA_SERVICES.contains(name)) {
                continue; // the identity provider and the portal run once (previous test, portal/README.md)
            }
            assertThat(ofKind("PodDisruptionBudget")).as(name + " PodDisruptionBudget").anySatisfy(budget ->
                    assertThat(labels).containsAllEntriesOf(map(map(map(budget.get("spec")).get("selector")).get("matchLabels"))));
            Map<String, Object> autoscaler = ofKind("HorizontalPodAutoscaler").stream()
                    .filter(hpa -> name.equals(map(map(hpa.get("spec")).get("scaleTargetRef")).get("name"))).findFirst().orElseThrow();
            int partitions = Integer.parseInt(environment(deployment).get("CONGDOAN_EVENTS_PARTITIONS"));
            assertThat((Integer) map(autoscaler.get("spec")).get("maxReplicas")).as(name + ": a consumer beyond the partitions idles")
                    .isLessThanOrEqualTo(partitions);
            assertThat((Integer) map(autoscaler.get("spec")).get("minReplicas")).as(name).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void eachServiceReadsItsOwnDatabaseFromASecretAndTheExampleHoldsPlaceholdersOnly() {
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String name = name(deployment);
            if (!ComposeFile.DATA_SERVICES.contains(name)) {
                continue;
            }
            String uri = environment(deployment).get("SPRING_MONGODB_URI");
            assertThat(uri).as(name).isNotNull().contains("/" + name.replace("-service", "") + "?");
        }
        for (Map<String, Object> secret : ofKind("Secret")) {
            map(secret.get("data")).forEach((key, value) -> assertThat(new String(Base64.getMimeDecoder().decode((String) value),
                    StandardCharsets.UTF_8)).as(name(secret) + " " + key).contains("CHANGE_ME"));
        }
    }

    /** ConfigMap and Secret values the container gets through envFrom, by variable. */
    private static Map<String, String> environment(Map<String, Object> deployment) {
        Map<String, String> env = new java.util.HashMap<>();
        for (Object source : list(container(deployment).get("envFrom"))) {
            Map<String, Object> reference = map(source);
            String kind = reference.containsKey("configMapRef") ? "ConfigMap" : "Secret";
            String name = (String) map(reference.getOrDefault("configMapRef", reference.get("secretRef"))).get("name");
            Map<String, Object> found = ofKind(kind).stream().filter(r -> name.equals(name(r))).findFirst()
                    .orElseThrow(() -> new AssertionError(name(deployment) + " refers to a missing " + kind + " " + name));
            map(found.get("data")).forEach((key, value) -> env.put(key, kind.equals("Secret")
                    ? new String(Base64.getMimeDecoder().decode((String) value), StandardCharsets.UTF_8) : (String) value));
        }
        return env;
    }

    private static int applicationPort(String service) {
        String file = service.equals(ComposeFile.IDENTITY_PROVIDER) ? "identity-provider.yml" : "application.yml";
        try {
            Map<String, Object> yml = new Yaml().load(Files.readString(ROOT.resolve(service + "/src/main/resources/" + file)));
            return (Integer) map(yml.get("server")).get("port");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return probePath(container, probe, "http");
    }

    private static String probePath(Map<String, Object> container, String probe, String port) {
        Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
        assertThat(httpGet.get("port")).isEqualTo(port);
        return (String) httpGet.get("path");
    }

    private static List<Map<String, Object>> ofKind(String kind) {
        return rendered.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    private static String name(Map<String, Object> resource) {
        return (String) map(resource.get("metadata")).get("name");
    }

    private static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return map(list(podSpec(deployment).get("containers")).getFirst());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
