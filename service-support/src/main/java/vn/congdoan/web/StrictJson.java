package vn.congdoan.web;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written, never guessed at: a date is an ISO string ({@code "2026-01-01"}, not the
 * number {@code 20260101}, which Jackson would read as a day count), a whole number is not a
 * fraction (1.5 is refused, not truncated to 1), text is not a number or a boolean and the other
 * way round, an enum is its name (not its position), a primitive is never null and a list or set
 * holds no null (a map may: its values are data). Every refusal becomes a 400 naming the field ({@link ProblemDetailsAdvice}).
 */
class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withConfigOverride(List.class, list -> list.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .withConfigOverride(Set.class, set -> set.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .withCoercionConfig(LogicalType.DateTime, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.Integer,
                        CoercionInputShape.Float))
                .withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer, CoercionInputShape.Float));
    }

    private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }
}
