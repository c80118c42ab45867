package vn.congdoan.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets access tokens from any OpenID Connect provider the way a person and a client would: the
 * authorization-code flow with PKCE as the public {@code cli} client, signing in through the
 * provider's login form; or the client-credentials grant. What {@code ./token} does with curl,
 * for tests and tools. Only the JDK: the local-stack launcher uses it without Spring on its classpath.
 */
public final class SignInClient {
    public static final String CLI_CLIENT = "cli";
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1:8400/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String issuer;

    public SignInClient(String issuer) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** An access token for a person, signed in with username and password. */
    public String accessToken(String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = randomToken();
        String state = randomToken();
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", CLI_CLIENT, "redirect_uri", CLI_REDIRECT_URI,
                "scope", "openid profile email", "state", state,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        send(browser, get(authorize));
        String loginPage = send(browser, get(issuer + "/login")).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page of " + issuer);
        }
        HttpResponse<String> login = send(browser, post(issuer + "/login",
                Map.of("username", username, "password", password, "_csrf", csrf.group(1)), null));
        String next = location(login);
        if (next.contains("error")) {
            throw new IllegalArgumentException("sign-in refused for " + username);
        }
        String callback = location(send(browser, get(absolute(next))));
        Matcher code = CODE.matcher(callback);
        if (!callback.startsWith(CLI_REDIRECT_URI) || !code.find()) {
            throw new IllegalStateException("no authorization code, redirected to " + callback);
        }
        return token(browser, Map.of("grant_type", "authorization_code", "code", decode(code.group(1)),
                "redirect_uri", CLI_REDIRECT_URI, "client_id", CLI_CLIENT, "code_verifier", verifier), null);
    }

    /** An access token for a client acting on its own behalf. */
    public String clientToken(String clientId, String secret) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return token(client, Map.of("grant_type", "client_credentials"), "Basic " + basic);
    }

    private String token(HttpClient client, Map<String, String> parameters, String authorization) {
        HttpResponse<String> response = send(client, post(issuer + "/oauth2/token", parameters, authorization));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("no access_token in the token endpoint's answer");
        }
        return token.group(1);
    }

    private String absolute(String location) {
        return location.startsWith("/") ? URI.create(issuer).resolve(location).toString() : location;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "expected a redirect, got " + response.statusCode() + " from " + response.uri()));
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private static HttpRequest post(String uri, Map<String, String> parameters, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return new LinkedHashMap<>(parameters).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
