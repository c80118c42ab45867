package vn.congdoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One table of who may call what: endpoint × caller × target → the status the service must answer
 * (401 without a token, 403 for a role or unit outside the caller's reach, 404 where existence must
 * not leak, the success status otherwise). {@link #verify} runs every cell and reports every
 * mismatch at once; {@link #assertCovers} fails when a request mapping of the service has no row,
 * so that a new endpoint cannot ship without saying who may call it.
 */
public final class AccessMatrix {
    /** The caller without a token. */
    public static final String NOBODY = "(no token)";

    private final RestTestClient http;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<Cell> cells = new ArrayList<>();

    public AccessMatrix(RestTestClient http) {
        this.http = http;
        tokens.put(NOBODY, null);
    }

    /** Names a caller by the token it sends. */
    public AccessMatrix caller(String name, String token) {
        tokens.put(name, token);
        return this;
    }

    public Endpoint endpoint(HttpMethod method, String pattern) {
        return new Endpoint(method, pattern);
    }

    /**
     * The rows of the endpoints service-support gives every service: the dead letters (of
     * {@code deadLetterTopic}, one of the service's own) for {@code operator} only, 401 without a
     * token and 403 for {@code others}; no actuator endpoint on the API port (they answer on the
     * management port only): metrics are 404 for the operator, and refused to everyone else.
     */
    public AccessMatrix sharedEndpoints(String deadLetterTopic, String operator, String... others) {
        endpoint(HttpMethod.GET, "/api/dead-letters").expect(401, NOBODY).expect(403, others).expect(operator, 200);
        endpoint(HttpMethod.GET, "/api/dead-letters/{topic}").target(deadLetterTopic)
                .expect(401, NOBODY).expect(403, others).expect(operator, 200);
        endpoint(HttpMethod.POST, "/api/dead-letters/{topic}/{partition}/{offset}/replay").target(deadLetterTopic, 0, 999_999)
                .expect(401, NOBODY).expect(403, others).expect(operator, 404);
        endpoint(HttpMethod.GET, "/actuator/health").expect(404, tokens.keySet().toArray(String[]::new));
        endpoint(HttpMethod.GET, "/actuator/prometheus").expect(401, NOBODY).expect(403, others).expect(operator, 404);
        return this;
    }

    /** Runs every cell in the order written (a cell may change what a later one sees) and prints the table's size. */
    public void verify() {
        List<String> mismatches = new ArrayList<>();
        for (Cell cell : cells) {
            int status = cell.send(http, tokens.get(cell.caller));
            if (status != cell.status) {
                mismatches.add(cell + " answered " + status);
            }
        }
        Set<String> endpoints = new TreeSet<>();
        cells.forEach(cell -> endpoints.add(cell.method + " " + cell.pattern));
        System.out.printf("[access-matrix] %d cells, %d endpoints, %d callers, %d mismatches%n",
                cells.size(), endpoints.size(), tokens.size(), mismatches.size());
        assertThat(mismatches).as("cells answering another status than the table says").isEmpty();
    }

    /** Every request mapping of the service's controllers (but the error page) has at least one row. */
    public void assertCovers(RequestMappingHandlerMapping mappings) {
        Set<String> rows = new LinkedHashSet<>();
        cells.forEach(cell -> rows.add(cell.method + " " + cell.pattern));
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType().getName().startsWith("org.springdoc")) {
                continue; // the OpenAPI pages: open to everyone by ResourceServerAutoConfiguration
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("${")) {
                    continue;
                }
                mapping.getKey().getMethodsCondition().getMethods().forEach(method -> {
                    if (!rows.contains(method.name() + " " + pattern)) {
                        missing.add(method.name() + " " + pattern);
                    }
                });
            }
        }
        assertThat(missing).as("endpoints without a row in the access matrix").isEmpty();
    }

    /** The rows of one endpoint; {@link #target}, {@link #body} and {@link #query} apply to the cells after them. */
    public final class Endpoint {
        private final HttpMethod method;
        private final String pattern;
        private Object[] variables = new Object[0];
        private String query = "";
        private Object body;
        private MediaType contentType = MediaType.APPLICATION_JSON;

        private Endpoint(HttpMethod method, String pattern) {
            this.method = method;
            this.pattern = pattern;
        }

        /** The values of the pattern's variables, in order. */
        public Endpoint target(Object... values) {
            this.variables = values;
            return this;
        }

        public Endpoint query(String query) {
            this.query = query;
            return this;
        }

        public Endpoint body(Object body) {
            return body(body, MediaType.APPLICATION_JSON);
        }

        public Endpoint body(Object body, MediaType contentType) {
            this.body = body;
            this.contentType = contentType;
            return this;
        }

        public Endpoint expect(String caller, int status) {
            if (!tokens.containsKey(caller)) {
                throw new IllegalArgumentException("unknown caller " + caller);
            }
            cells.add(new Cell(method, pattern, variables, query, body, contentType, caller, status));
            return this;
        }

        /** The same status for several callers. */
        public Endpoint expect(int status, String... callers) {
            for (String caller : callers) {
                expect(caller, status);
            }
            return this;
        }

        public Endpoint endpoint(HttpMethod method, String pattern) {
            return AccessMatrix.this.endpoint(method, pattern);
        }
    }

    private record Cell(HttpMethod method, String pattern, Object[] variables, String query, Object body,
                        MediaType contentType, String caller, int status) {

        int send(RestTestClient http, String token) {
            RestTestClient.RequestBodySpec request = http.method(method).uri(pattern + query, variables);
            if (token != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            if (body != null) {
                request.contentType(contentType).body(body);
            }
            return request.exchange().returnResult().getStatus().value();
        }

        @Override
        public String toString() {
            return method + " " + pattern + query + " " + List.of(variables) + " as " + caller + ": expected " + status;
        }
    }
}
