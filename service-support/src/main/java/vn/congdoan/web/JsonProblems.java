package vn.congdoan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns what Jackson could not read into the wrong field, named as the caller wrote it
 * ({@code deadline.kind}, {@code reminders.daysBefore[0]}, {@code evidence[0]}), and what it should
 * have been in plain words: never a Java class, an exception name or a parser's token.
 */
final class JsonProblems {
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private JsonProblems() {
    }

    static FieldError of(JacksonException e) {
        String path = path(e);
        return switch (e) {
            case InvalidTypeIdException typeId -> new FieldError(join(path, typeProperty(typeId)),
                    "must be one of " + subtypeNames(typeId));
            case InvalidNullException ignored -> new FieldError(or(path), "must not be null");
            case InvalidFormatException format -> new FieldError(or(path), "must be " + expected(format.getTargetType())
                    + "; got " + shown(format.getValue()));
            case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
                    new FieldError(or(path), "must be " + expected(mismatch.getTargetType()));
            case ValueInstantiationException creation -> creationProblem(path, creation.getCause());
            case StreamReadException syntax when syntax.getLocation() != null -> new FieldError(or(path),
                    "is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                            + syntax.getLocation().getColumnNr() + ")");
            default -> new FieldError(or(path), "is not valid JSON");
        };
    }

    /** What a value of {@code type} looks like, in the caller's words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == LocalDate.class) {
            return "a date written as text, YYYY-MM-DD";
        }
        if (type == LocalTime.class) {
            return "a time written as text, HH:MM";
        }
        if (type == YearMonth.class) {
            return "a month written as text, YYYY-MM";
        }
        if (type == Year.class) {
            return "a year, YYYY";
        }
        if (type == MonthDay.class) {
            return "a day of the year written as text, --MM-DD";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class || type == LocalDateTime.class) {
            return "a date and time written as text (ISO 8601)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == CharSequence.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) ? "an object" : "an object" + typeHint(type);
    }

    private static String typeHint(Class<?> type) {
        JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
        return info == null ? "" : " with " + info.property() + " one of " + names(type);
    }

    private static FieldError creationProblem(String path, Throwable cause) {
        if (cause instanceof NullPointerException npe && npe.getMessage() != null && FIELD_NAME.matcher(npe.getMessage()).matches()) {
            return new FieldError(join(path, npe.getMessage()), "is required");
        }
        if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
            return new FieldError(or(path), refused.getMessage());
        }
        return new FieldError(or(path), "is not valid");
    }

    private static String typeProperty(InvalidTypeIdException e) {
        JsonTypeInfo info = e.getBaseType() == null ? null : e.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
        return info == null || info.property().isEmpty() ? "type" : info.property();
    }

    private static String subtypeNames(InvalidTypeIdException e) {
        return e.getBaseType() == null ? "the known kinds" : names(e.getBaseType().getRawClass()).toString();
    }

    private static List<String> names(Class<?> base) {
        JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
        return subtypes == null ? List.of() : Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).toList();
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }

    private static String or(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }
}
