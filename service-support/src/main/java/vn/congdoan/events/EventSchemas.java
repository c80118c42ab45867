package vn.congdoan.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import vn.congdoan.contracts.EventType;

/**
 * The JSON Schemas of the catalogue ({@code contracts/src/main/resources/schemas}), loaded once.
 * Consumers check every payload against its schema before decoding it, and the contract tests
 * check what the services emit with the same schemas.
 */
public final class EventSchemas {
    private static final String SCHEMA_ID_PREFIX = "https://congdoan.vn/schemas/";
    private static final Map<EventType, Schema> SCHEMAS = load();

    private EventSchemas() {
    }

    /** The violations of {@code json} against the schema of {@code type}; empty when it conforms. */
    public static List<String> violations(EventType type, String json) {
        List<Error> errors = SCHEMAS.get(type).validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Map<EventType, Schema> load() {
        // a schema may $ref another one of the catalogue by its $id: resolve those from the classpath, never the network
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_ID_PREFIX, "classpath:schemas/")));
        Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("no schema for " + type.ceType());
                }
                schemas.put(type, registry.getSchema(in, InputFormat.JSON));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return schemas;
    }
}
