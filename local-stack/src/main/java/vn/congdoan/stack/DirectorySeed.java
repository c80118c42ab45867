package vn.congdoan.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import vn.congdoan.identity.SignInClient;

/**
 * An empty directory gets the sample province ({@code samples/units-binh-dinh.csv}), imported by
 * the demo operator through plan-service's API, so that the demo accounts' units exist.
 */
final class DirectorySeed {
    static final String OPERATOR = "vanhanh";
    static final String DEMO_PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DirectorySeed() {
    }

    /** Returns what it did, for the launcher to print. */
    static String importSamplesIfEmpty(String planServiceUrl, String issuer, Path samples) {
        String token = new SignInClient(issuer).accessToken(OPERATOR, DEMO_PASSWORD);
        HttpResponse<String> units = send(HttpRequest.newBuilder(URI.create(planServiceUrl + "/api/units?size=1"))
                .header("Authorization", "Bearer " + token).GET());
        if (units.statusCode() != 200) {
            throw new IllegalStateException("plan-service answered " + units.statusCode() + " listing units: " + units.body());
        }
        if (!units.body().replace(" ", "").contains("\"totalItems\":0")) {
            return "directory already holds units: left as it is";
        }
        try {
            HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(planServiceUrl + "/api/units/import"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(samples)));
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("plan-service refused the sample directory: " + imported.body());
            }
            return "empty directory: imported " + samples.getFileName() + " " + imported.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + samples, e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach plan-service: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
