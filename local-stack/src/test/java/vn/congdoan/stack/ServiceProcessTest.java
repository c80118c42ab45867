package vn.congdoan.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path dir;

    @Test
    void failsFastWithTheLogTailWhenTheServiceExitsAtOnce() throws IOException {
        Path jar = jarWhoseMainClassIsMissing();
        long started = System.nanoTime();

        try (ServiceProcess service = ServiceProcess.start("broken-service", jar, ServiceProcess.freePort(), Map.of(),
                dir.resolve("logs/broken-service.log"))) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(60)))
                    .withMessageContaining("broken-service exited with code 1")
                    .withMessageContaining("Last ")
                    .withMessageContaining("vn.congdoan.Missing");
            assertThat(service.isAlive()).isFalse();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void namesTheMissingJarAndTheBuildCommand() throws IOException {
        Files.writeString(dir.resolve("mvnw"), "");
        Files.writeString(dir.resolve("pom.xml"), """
                <project><parent><version>9.9</version></parent><artifactId>x</artifactId><version>1.2.3</version></project>
                """);

        assertThatIllegalStateException()
                .isThrownBy(() -> ServiceProcess.serviceJar(dir, "plan-service"))
                .withMessageContaining(dir.resolve("plan-service/target/plan-service-1.2.3-exec.jar").toString())
                .withMessageContaining("./mvnw -B -ntp -DskipTests package");
    }

    @Test
    void findsTheRepositoryRootAboveAModule() throws IOException {
        Files.writeString(dir.resolve("mvnw"), "");
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(dir.resolve("local-stack/src"));
        Files.writeString(dir.resolve("local-stack/pom.xml"), "<project/>");

        assertThat(RepositoryRoot.find(module)).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void reportsAPortInUseByNumber() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> Ports.requireFree(Map.of(taken.getLocalPort(), "plan-service")))
                    .withMessageContaining("port " + taken.getLocalPort() + " (plan-service)");
        }
        assertThat(Ports.isFree(ServiceProcess.freePort())).isTrue();
    }

    private Path jarWhoseMainClassIsMissing() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "vn.congdoan.Missing");
        Path jar = dir.resolve("broken-service.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
