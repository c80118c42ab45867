package vn.congdoan.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;

/**
 * An id a caller names (a task's or a target's id in a plan) is written in a safe alphabet:
 * ASCII letters, digits and {@code . _ ~ : | / + -}, nothing else (no spaces, no line breaks), so that
 * it can travel in event ids, keys and headers without being escaped. Null passes (pair with
 * {@code @NotBlank} when required). The same alphabet is required of every event's {@code ce_id}.
 */
@Documented
@Constraint(validatedBy = {})
@jakarta.validation.constraints.Pattern(regexp = SafeId.ALPHABET)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeId {
    String ALPHABET = "[A-Za-z0-9._~:|/+-]+";
    Pattern PATTERN = Pattern.compile(ALPHABET);

    String message() default "only letters A-Z a-z, digits and . _ ~ : | / + - (no spaces or line breaks)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
