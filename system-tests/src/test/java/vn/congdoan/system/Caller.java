package vn.congdoan.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.identity.SignInClient;

/**
 * HTTP calls to the services as one person: each carries the access token that person got by
 * signing in to the identity provider (authorization code with PKCE through its login form, as
 * {@code ./token} does). Tokens are kept for {@link #TOKEN_REUSE}, well within their 60 minutes.
 * {@link #get}/{@link #post} expect success; {@link #call} returns the answer whatever its status.
 */
final class Caller {
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(30);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Token(String value, long gotAtNanos) {
        boolean fresh() {
            return System.nanoTime() - gotAtNanos < TOKEN_REUSE.toNanos();
        }
    }

    private final String who;
    private final String token;
    private final UnaryOperator<String> baseUrls;

    private Caller(String who, String token, UnaryOperator<String> baseUrls) {
        this.who = who;
        this.token = token;
        this.baseUrls = baseUrls;
    }

    static Caller signedIn(String issuer, String username, String password, UnaryOperator<String> baseUrls) {
        return new Caller(username, accessToken(issuer, username, password), baseUrls);
    }

    /** The person's access token, got through the provider's login form or kept from an earlier sign-in. */
    static String accessToken(String issuer, String username, String password) {
        return TOKENS.compute(issuer + " " + username, (key, known) -> known != null && known.fresh() ? known
                : new Token(new SignInClient(issuer).accessToken(username, password), System.nanoTime())).value();
    }

    static Caller anonymous(UnaryOperator<String> baseUrls) {
        return new Caller("nobody", null, baseUrls);
    }

    JsonNode get(String service, String path) {
        return json(service, call(service, "GET", path, null, null));
    }

    String text(String service, String path) {
        return expectSuccess(service, call(service, "GET", path, null, null)).body();
    }

    JsonNode post(String service, String path, Object body) {
        return json(service, call(service, "POST", path, JSON.writeValueAsString(body), "application/json"));
    }

    JsonNode post(String service, String path, byte[] body, String contentType) {
        return json(service, call(service, "POST", path, body, contentType));
    }

    /** Any method; {@code body} is a String or bytes (or null), sent as {@code contentType}. */
    HttpResponse<String> call(String service, String method, String path, Object body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrls.apply(service) + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, switch (body) {
                    case null -> HttpRequest.BodyPublishers.noBody();
                    case byte[] bytes -> HttpRequest.BodyPublishers.ofByteArray(bytes);
                    default -> HttpRequest.BodyPublishers.ofString(body.toString());
                });
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + service + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + service, e);
        }
    }

    private JsonNode json(String service, HttpResponse<String> response) {
        return JSON.readTree(expectSuccess(service, response).body());
    }

    private HttpResponse<String> expectSuccess(String service, HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(service + " answered " + response.statusCode() + " to "
                    + response.request().method() + " " + response.uri().getRawPath() + " as " + who + ": " + response.body());
        }
        return response;
    }

    @Override
    public String toString() {
        return who;
    }
}
