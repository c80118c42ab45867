package vn.congdoan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A body over the limit is refused with a 413 naming the limit, whether or not it declares its length. */
@SpringBootTest(classes = SampleApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "congdoan.web.max-body-size=2KB")
class BodySizeLimitIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aBodyDeclaringMoreThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(csv(3000)));

        assertTooLarge(answer);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        byte[] body = csv(3000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertTooLarge(answer);
    }

    @Test
    void aBodyWithinTheLimitIsRead() throws Exception {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(csv(1500)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static void assertTooLarge(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("limit of 2 KB", "congdoan.web.max-body-size");
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/units/import"))
                .header("Content-Type", "text/csv").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csv(int bytes) {
        return "code,name\n" + "x".repeat(bytes - 10);
    }
}
