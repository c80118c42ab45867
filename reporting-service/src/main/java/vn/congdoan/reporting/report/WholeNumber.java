package vn.congdoan.reporting.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A count: a whole number below 10^18, however it is written (120, 120.0 and 1.2E2 are all 120);
 * null is left to {@code @NotNull}. Bean Validation's {@code @Digits} refuses 120.0.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Check.class)
@interface WholeNumber {
    String message() default "must be a whole number below 10^18";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WholeNumber, BigDecimal> {
        private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(LIMIT) < 0;
        }
    }
}
