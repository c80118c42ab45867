package vn.congdoan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every wrong request gets a problem detail naming the field as the caller wrote it, whatever refused it. */
@SpringBootTest(classes = SampleApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsIT {
    private static final String VALID = """
            {"unitId":"u-1","startDate":"2026-03-02","attendance":12,"level":"GRASSROOTS",
             "deadline":{"kind":"ONCE","due":"2026-11-30"},"reminders":{"daysBefore":[7,3]},"evidence":["https://x.vn/a"],
             "reportTask":false}""";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aValidRequestIsReadAsWritten() throws Exception {
        HttpResponse<String> response = post("/api/assignments", "application/json", VALID);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("startDate").asString()).isEqualTo("2026-03-02");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"startDate\":\"2026-03-02\"   | \"startDate\":20260101            | startDate              | a date written as text, YYYY-MM-DD",
            "\"startDate\":\"2026-03-02\"   | \"startDate\":\"2026-02-30\"      | startDate              | a date written as text, YYYY-MM-DD",
            "\"attendance\":12              | \"attendance\":1.5                | attendance             | a whole number",
            "\"attendance\":12              | \"attendance\":\"12\"             | attendance             | a whole number",
            "\"attendance\":12              | \"attendance\":null               | attendance             | a whole number",
            "\"level\":\"GRASSROOTS\"       | \"level\":\"COMMUNE\"             | level                  | one of [PROVINCIAL, GRASSROOTS]",
            "\"level\":\"GRASSROOTS\"       | \"level\":1                       | level                  | one of [PROVINCIAL, GRASSROOTS]",
            "\"kind\":\"ONCE\"              | \"kind\":\"WEEKLY\"               | deadline.kind          | one of [ONCE, YEARLY]",
            "\"due\":\"2026-11-30\"         | \"due\":null                      | deadline.due           | is required",
            "\"daysBefore\":[7,3]           | \"daysBefore\":[null,3]           | reminders.daysBefore[0] | must not be null",
            "\"daysBefore\":[7,3]           | \"daysBefore\":[7,2.5]            | reminders.daysBefore[1] | a whole number",
            "\"evidence\":[\"https://x.vn/a\"] | \"evidence\":[{\"url\":1}]     | evidence[0]            | text",
            "\"evidence\":[\"https://x.vn/a\"] | \"evidence\":[5]               | evidence[0]            | text",
            "\"unitId\":\"u-1\"             | \"unitId\":[\"u-1\"]              | unitId                 | text",
            "\"reportTask\":false           | \"reportTask\":\"no\"             | reportTask             | true or false"})
    void aWrongValueIsRefusedNamingItsFieldInTheCallersTerms(String valid, String wrong, String field, String message)
            throws Exception {
        JsonNode problem = badRequest(post("/api/assignments", "application/json", VALID.replace(valid, wrong)));
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field);
        assertThat(problem.at("/errors/0/message").asString()).contains(message)
                .doesNotContain("java.", "Exception", "Trailing token", "vn.congdoan");
    }

    @Test
    void brokenJsonNamesTheBodyAndWhereItBroke() throws Exception {
        JsonNode problem = badRequest(post("/api/assignments", "application/json", VALID + "}"));
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(problem.at("/errors/0/message").asString()).startsWith("is not valid JSON");
    }

    @Test
    void aBodyOfTheWrongShapeIsNamedTheBody() throws Exception {
        JsonNode problem = badRequest(post("/api/assignments", "application/json", "[1, 2]"));
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(problem.at("/errors/0/message").asString()).startsWith("must be an object");
    }

    @Test
    void aNullInAListThatIsTheWholeBodyIsRefusedNamingItsPlace() throws Exception {
        JsonNode problem = badRequest(post("/api/assignments/batch", "application/json", "[" + VALID + ", null]"));
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("[1]");
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("must not be null");
    }

    @Test
    void anEmptyCsvIsCalledAnEmptyCsv() throws Exception {
        JsonNode problem = badRequest(post("/api/units/import", "text/csv", ""));
        assertThat(problem.at("/errors/0/message").asString()).isEqualTo("the CSV is empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"*/* | must name one media type", "text/* | must name one media type",
            "garbage | is not a media type"})
    void aContentTypeNamingNoSingleMediaTypeIsRefusedNamingTheHeader(String contentType, String message) throws Exception {
        HttpResponse<String> response = post("/api/documents", contentType, "x");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("Content-Type");
        assertThat(problem.at("/errors/0/message").asString()).startsWith(message);
        assertThat(post("/api/documents", "text/plain", "x").body()).isEqualTo("{\"bytes\":1}");
    }

    @ParameterizedTest
    @CsvSource({"/api/units/a%2Fb", "/api/units/a%00b", "/api/units/a%ffb", "/api/units/a%2e%2e%2fetc"})
    void anIdTomcatRefusesGetsAProblemDetailNotAnHtmlPage(String path) throws Exception {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(response, 400);
    }

    @Test
    void aTenKilobyteIdGetsAProblemDetail() throws Exception {
        String response = raw("GET /api/units/" + "a".repeat(10_240) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).doesNotContain("<html");
        assertThat(response).contains("application/problem+json");
    }

    @Test
    void anUnexpectedFailureIsAProblemDetailThatTellsNothingOfItsCause() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/broken")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("IllegalStateException", "a bug", "trace");
    }

    @Test
    void anUnknownPathIsAProblemDetail() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/nowhere")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private void assertProblem(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response).contains("Content-Type: application/problem+json").doesNotContain("<html");
        assertThat(response).contains("\"field\":\"request\"");
    }

    private JsonNode badRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Sends bytes as written: an HTTP client would refuse or re-encode these paths. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
