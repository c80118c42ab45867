package vn.congdoan.units;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A reference to a unit must name one the service knows ({@link KnownUnits}); null or blank is left
 * to {@code @NotBlank}. A request naming an unknown unit is a 400 naming the field.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownUnit.Validator.class)
public @interface KnownUnit {
    String message() default "names no unit in the union directory";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks the service's {@link KnownUnits}, injected by Spring's validator factory. */
    class Validator implements ConstraintValidator<KnownUnit, String> {
        private final KnownUnits units;

        public Validator(KnownUnits units) {
            this.units = units;
        }

        @Override
        public boolean isValid(String unitId, ConstraintValidatorContext context) {
            return unitId == null || unitId.isBlank() || units.knows(unitId);
        }
    }
}
