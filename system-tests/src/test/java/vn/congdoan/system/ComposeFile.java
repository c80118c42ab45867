package vn.congdoan.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import vn.congdoan.testsupport.Samples;

/**
 * The repository's {@code docker-compose.yml} as a reader (and {@code docker compose config})
 * sees it: the raw document, the variables it reads, and each service's environment after
 * interpolation with {@code .env.example} plus the values a test supplies for the secrets.
 */
final class ComposeFile {
    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?message}}, {@code ${NAME?message}}. */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    static final String IDENTITY_PROVIDER = "identity-provider";
    /** The four services: each with its own database, the broker, and the identity provider's tokens. */
    static final List<String> DATA_SERVICES = List.of(
            Platform.PLAN, Platform.OUTREACH, Platform.REPORTING, Platform.NOTIFICATION);
    static final String PORTAL = "portal";
    /** The containers built from a module of this repository that ComposeEnvironmentIT starts as processes. */
    static final List<String> PRODUCT_SERVICES = List.of(
            IDENTITY_PROVIDER, Platform.PLAN, Platform.OUTREACH, Platform.REPORTING, Platform.NOTIFICATION);
    /** Every container built from a module of this repository: the product services and the officers' portal. */
    static final List<String> DEPLOYABLES = List.of(
            IDENTITY_PROVIDER, Platform.PLAN, Platform.OUTREACH, Platform.REPORTING, Platform.NOTIFICATION, PORTAL);

    final Path root = Samples.repositoryRoot();
    final String text = read(root.resolve("docker-compose.yml"));
    final Map<String, Object> document = new Yaml().load(text);

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        return (Map<String, Object>) services().get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> services() {
        return (Map<String, Object>) document.get("services");
    }

    /** The service's environment as written, before interpolation. */
    @SuppressWarnings("unchecked")
    Map<String, String> rawEnvironment(String service) {
        Map<String, Object> environment = (Map<String, Object>) service(service).getOrDefault("environment", Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        environment.forEach((key, value) -> values.put(key, String.valueOf(value)));
        return values;
    }

    /** Every variable the file reads. */
    Set<String> variables() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(text.replace("$$", ""));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The service's environment with every variable replaced as compose would, from {@code values}. */
    Map<String, String> environment(String service, Map<String, String> values) {
        Map<String, String> resolved = new LinkedHashMap<>();
        rawEnvironment(service).forEach((key, value) -> resolved.put(key, interpolate(value, values)));
        return resolved;
    }

    static String interpolate(String value, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String operator = matcher.group(2);
            String given = values.get(name);
            boolean unset = given == null || (given.isEmpty() && operator != null && operator.startsWith(":"));
            String replacement;
            if (!unset) {
                replacement = given;
            } else if (operator != null && operator.endsWith("-")) {
                replacement = matcher.group(3);
            } else if (operator != null && operator.endsWith("?")) {
                throw new IllegalArgumentException(name + " is required: " + matcher.group(3));
            } else {
                replacement = "";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString().replace("$$", "$");
    }

    /** {@code .env.example}: NAME=value per line, # comments, values optionally in double quotes. */
    Map<String, String> envExample() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : read(root.resolve(".env.example")).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            String value = trimmed.substring(equals + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(trimmed.substring(0, equals), value);
        }
        return values;
    }

    /** The database a MongoDB connection string names (its path). */
    static String database(String mongoUri) {
        return URI.create(mongoUri).getPath().substring(1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
