package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.TestClock;

/**
 * The top README's quickstart, run as a newcomer runs it: every bash block between its
 * {@code quickstart:begin} and {@code quickstart:end} markers, in order, in one bash at the
 * repository root, against the four services as processes. Only the README's fixed addresses
 * (the services on localhost:8081–8084, the mail catcher's IMAP port 1143) are pointed at this
 * run's ports, {@code TODAY} says the services' day and {@code ISSUER} points {@code ./token} at this run's
 * identity provider (where the sample directory is imported, as {@code ./run-local} does), so the
 * README and this test cannot drift apart.
 */
class QuickstartIT {
    private static final Pattern SECTION = Pattern.compile("<!-- quickstart:begin.*?-->(.*?)<!-- quickstart:end -->", Pattern.DOTALL);
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void everyStepOfTheReadmeQuickstartRunsInOrderAndDoesWhatItSays() throws Exception {
        Path root = Samples.repositoryRoot();
        String script = pointedAtThisRun(quickstart(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8)));

        Path log = root.resolve("system-tests/target/quickstart.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder run = new ProcessBuilder("bash", "-eu", "-c", script).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        run.environment().put("TODAY", TestClock.today().toString());   // the services run on the tests' timeline
        run.environment().put("ISSUER", Platform.issuer());              // ./token signs in to this run's provider
        Process bash = run.start();
        boolean ended = bash.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            bash.destroyForcibly().waitFor();
        }
        // lenient: `head -c 600` may cut a Vietnamese letter in two
        String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);

        assertThat(ended).as("the quickstart ended within 10 minutes").isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).as("every id was found by its code").containsPattern(
                "province " + UUID + ", upper-level union " + UUID + ", grassroots " + UUID);
        assertThat(output).as("the reminder in the unit's inbox").contains("\"title\":\"Sắp đến hạn: Tổng hợp kết quả triển khai");
        assertThat(output).as("the reminder e-mail over IMAP").contains("an@cdn-giaoduc.vn").containsIgnoringCase("subject:");
        assertThat(output).as("the activity").contains("\"form\":\"FANPAGE_POST\"");
        assertThat(output).as("the report, sent by the union's officer").containsPattern("report " + UUID);
        assertThat(output).as("the report, approved by the union above").contains("APPROVED");
        assertThat(output).as("the province's completeness counts the report").containsPattern("\"submitted\":[1-9]");
    }

    /** The bash blocks of the README's quickstart section, in order, as one script. */
    static String quickstart(String readme) {
        Matcher section = SECTION.matcher(readme);
        assertThat(section.find()).as("README.md has a quickstart section between its markers").isTrue();
        StringBuilder script = new StringBuilder();
        Matcher block = BASH_BLOCK.matcher(section.group(1));
        while (block.find()) {
            script.append(block.group(1)).append('\n');
        }
        assertThat(script).as("the quickstart's bash blocks").isNotEmpty();
        return script.toString();
    }

    private static String pointedAtThisRun(String script) {
        Map<String, String> addresses = Map.of(
                "localhost:8081", "127.0.0.1:" + Platform.service(Platform.PLAN).port(),
                "localhost:8082", "127.0.0.1:" + Platform.service(Platform.OUTREACH).port(),
                "localhost:8083", "127.0.0.1:" + Platform.service(Platform.REPORTING).port(),
                "localhost:8084", "127.0.0.1:" + Platform.service(Platform.NOTIFICATION).port(),
                "imap://127.0.0.1:1143", "imap://127.0.0.1:" + Platform.mail().getImap().getPort());
        String pointed = script;
        for (Map.Entry<String, String> address : addresses.entrySet()) {
            pointed = pointed.replace(address.getKey(), address.getValue());
        }
        return pointed;
    }
}
