package vn.congdoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.congdoan.security.Role;

/**
 * Sends generated bad requests to every write endpoint (POST, PUT, PATCH) a running service lists
 * in its OpenAPI document: each field of a valid-looking body replaced in turn by a wrong type, a
 * number where a date belongs, a fraction, a null, a list holding null, an unknown enum value, a
 * huge string; broken and empty bodies; odd ids in the path. Every answer must be below 500, a
 * problem detail when it is an error, and a 400 must name a field without Java's words. The same
 * seed gives the same requests. Requests carry {@code token} as their bearer token, so that they reach
 * the endpoints of a service that requires one (who the caller is matters little: most bad bodies
 * are refused before any scope check).
 */
public final class BadInputFuzzer {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> ODD_IDS = List.of("a%2Fb", "a%00b", "a%ffb", "..%2F..%2Fetc%2Fpasswd", "%24where",
            "x".repeat(10_240), "C%C4%90CS-%E1%BA%A1");
    private static final List<String> JAVA_WORDS = List.of("Exception", "java.", "tools.jackson", "vn.congdoan",
            "Trailing token", "Cannot deserialize", "Cannot construct");

    private final URI base;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private JsonNode components;
    private final String token;
    private int sent;

    public BadInputFuzzer(int port, long seed, String token) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.random = new Random(seed);
        this.token = token;
    }

    /**
     * The check every service's {@code BadInputFuzzIT} makes: 40 mutations per write endpoint (seed
     * 18), signed in with every role, more than 100 requests in all, each answered by the rules.
     */
    public static void assertEveryBadRequestAnsweredByTheRules(String service, int port) throws Exception {
        Result result = new BadInputFuzzer(port, 18L, TestIdentityProvider.tokenFor("FUZZ", Role.values())).run(40);
        System.out.printf("%s fuzz: %d requests, statuses %s, %d violations%n", service, result.requests(),
                result.statuses(), result.violations().size());
        assertThat(result.requests()).isGreaterThan(100);
        assertThat(result.violations()).isEmpty();
    }

    /** Runs at most {@code perEndpoint} mutations per endpoint (chosen by the seed); returns what broke the rules. */
    public Result run(int perEndpoint) throws Exception {
        JsonNode api = JSON.readTree(send("GET", "/v3/api-docs", null, null).body());
        components = api.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    fuzz(method.toUpperCase(), path.getKey(), operation, perEndpoint);
                }
            }
        }
        return new Result(sent, statuses, violations);
    }

    /** How many requests were sent, the statuses they got, and each answer that broke a rule. */
    public record Result(int requests, Map<Integer, Integer> statuses, List<String> violations) {
    }

    private void fuzz(String method, String template, JsonNode operation, int perEndpoint) throws Exception {
        String path = template.replaceAll("\\{[^}]+}", "fuzz-id");
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = content.path("application/json").path("schema");
        List<Mutation> mutations = new ArrayList<>();
        if (!schema.isMissingNode()) {
            JsonNode valid = sample(schema, 0);
            mutations.add(new Mutation(path, "", "body: empty"));
            mutations.add(new Mutation(path, "{\"unclosed\": ", "body: broken"));
            mutations.add(new Mutation(path, valid + "}", "body: trailing"));
            mutations.add(new Mutation(path, "null", "body: null"));
            for (String field : leaves(valid, "")) {
                for (JsonNode wrong : wrongValues(field, valid)) {
                    JsonNode body = valid.deepCopy();
                    replace(body, field, wrong);
                    mutations.add(new Mutation(path, body.toString(), field + " = " + abbreviated(wrong.toString())));
                }
            }
            if (template.contains("{")) {
                ODD_IDS.forEach(id -> mutations.add(new Mutation(template.replaceAll("\\{[^}]+}", id), valid.toString(), "id " + abbreviated(id))));
            }
        } else {
            for (String type : content.propertyNames()) {
                mutations.add(new Mutation(path, "", type + " empty"));
                mutations.add(new Mutation(path, "\u00ff\u00fe\u0000garbage,\"", type + " garbage"));
            }
        }
        java.util.Collections.shuffle(mutations, random);
        String contentType = content.has("application/json") || content.isEmpty() ? "application/json"
                : content.propertyNames().iterator().next();
        for (Mutation mutation : mutations.subList(0, Math.min(perEndpoint, mutations.size()))) {
            check(method + " " + template + " [" + mutation.what() + "]",
                    send(method, mutation.path(), contentType, mutation.body()));
        }
    }

    private record Mutation(String path, String body, String what) {
    }

    private void check(String request, HttpResponse<String> response) {
        sent++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            violations.add(request + " -> " + status + " " + abbreviated(response.body()));
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            violations.add(request + " -> " + status + " not a problem detail (" + contentType + ")");
        } else if (status == 400) {
            JsonNode errors = JSON.readTree(response.body()).path("errors");
            String text = response.body();
            if (!errors.isArray() || errors.isEmpty() || errors.get(0).path("field").asString("").isBlank()) {
                violations.add(request + " -> 400 names no field: " + abbreviated(text));
            } else if (JAVA_WORDS.stream().anyMatch(text::contains)) {
                violations.add(request + " -> 400 speaks Java: " + abbreviated(text));
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Authorization", "Bearer " + token);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A value the schema describes, as a caller would fill it in. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolved(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode first = resolved(schema.has("oneOf") ? schema.get("oneOf").get(0) : schema.get("anyOf").get(0));
            JsonNode value = sample(first, depth + 1);
            JsonNode discriminator = schema.path("discriminator");
            if (value instanceof ObjectNode object && discriminator.has("propertyName")) {
                object.put(discriminator.get("propertyName").asString(), discriminatorValue(discriminator, schema.get("oneOf").get(0)));
            }
            return value;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(2);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (schema.path("format").asString("")) {
                case "date" -> NODES.stringNode("2026-06-30");
                case "date-time" -> NODES.stringNode("2026-06-30T08:00:00Z");
                case "partial-time" -> NODES.stringNode("08:00");
                default -> NODES.stringNode("fuzz-text");
            };
        };
    }

    private static String discriminatorValue(JsonNode discriminator, JsonNode firstRef) {
        String ref = firstRef.path("$ref").asString("");
        for (Map.Entry<String, JsonNode> mapping : discriminator.path("mapping").properties()) {
            if (mapping.getValue().asString().equals(ref)) {
                return mapping.getKey();
            }
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private JsonNode resolved(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asString();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode properties = merged.putObject("properties");
            merged.put("type", "object");
            current.get("allOf").forEach(part -> resolved(part).path("properties").properties()
                    .forEach(p -> properties.set(p.getKey(), p.getValue())));
            return merged;
        }
        return current;
    }

    /** Paths of every value in the body, e.g. {@code deadline.due}, {@code reminders.daysBefore[0]}. */
    private static List<String> leaves(JsonNode node, String at) {
        List<String> paths = new ArrayList<>();
        if (!at.isEmpty()) {
            paths.add(at);
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(p -> paths.addAll(leaves(p.getValue(), at.isEmpty() ? p.getKey() : at + "." + p.getKey())));
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            paths.addAll(leaves(array.get(0), at + "[0]"));
        }
        return paths;
    }

    private List<JsonNode> wrongValues(String field, JsonNode body) {
        JsonNode current = at(body, field);
        List<JsonNode> wrong = new ArrayList<>(List.of(NODES.nullNode(), NODES.objectNode().put("x", 1)));
        if (current.isString()) {
            wrong.addAll(List.of(NODES.numberNode(20260101), NODES.booleanNode(true), NODES.stringNode("x".repeat(20_000)),
                    NODES.stringNode("NO_SUCH_VALUE"), NODES.stringNode("2026-13-45"), NODES.stringNode("a\u0000b")));
        } else if (current.isNumber()) {
            wrong.addAll(List.of(NODES.numberNode(1.5), NODES.stringNode("one"), NODES.numberNode(-1),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), NODES.booleanNode(true)));
        } else if (current.isBoolean()) {
            wrong.addAll(List.of(NODES.stringNode("yes"), NODES.numberNode(1)));
        } else if (current.isArray()) {
            wrong.addAll(List.of(NODES.arrayNode().addNull(), NODES.stringNode("not a list"), NODES.numberNode(7)));
        } else if (current.isObject()) {
            wrong.addAll(List.of(NODES.numberNode(42), NODES.arrayNode(), NODES.stringNode("x")));
        }
        return wrong;
    }

    private static JsonNode at(JsonNode body, String field) {
        JsonNode node = body;
        for (String part : parts(field)) {
            node = node.isArray() ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return node;
    }

    private static void replace(JsonNode body, String field, JsonNode value) {
        String[] parts = parts(field);
        JsonNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** {@code a.b[0].c} as {@code [a, b, 0, c]}; a body that is a list starts with its index. */
    private static String[] parts(String field) {
        return field.replace("[0]", ".0").replaceFirst("^\\.", "").split("\\.");
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
