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
 * The sample province ({@code samples/units-binh-dinh.csv}), imported by the demo operator through
 * plan-service's API at every start, so that the demo accounts' units exist. The import is all or
 * nothing and idempotent: a directory that already holds the file's units is left as it is (units
 * of the file changed since are set back to the file; no other unit is touched). The local stack
 * and the system tests seed it so.
 */
public final class DirectorySeed {
    static final String OPERATOR = "vanhanh";
    static final String DEMO_PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DirectorySeed() {
    }

    /** Returns what it did, for the launcher to print. */
    public static String importSamples(String planServiceUrl, String issuer, Path samples) {
        String token = new SignInClient(issuer).accessToken(OPERATOR, DEMO_PASSWORD);
        try {
            HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(planServiceUrl + "/api/units/import"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(samples)));
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("plan-service refused the sample directory (" + imported.statusCode() + "): "
                        + imported.body());
            }
            return "sample directory " + samples.getFileName() + " imported by " + OPERATOR + ": " + imported.body();
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
