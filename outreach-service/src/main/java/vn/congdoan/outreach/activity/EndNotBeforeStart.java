package vn.congdoan.outreach.activity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An activity does not end before it starts: the error names {@code endDate}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EndNotBeforeStart.Check.class)
@interface EndNotBeforeStart {
    String message() default "is before startDate";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EndNotBeforeStart, ActivityRequest> {
        @Override
        public boolean isValid(ActivityRequest request, ConstraintValidatorContext context) {
            if (request.startDate() == null || request.endDate() == null || !request.endDate().isBefore(request.startDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is before startDate " + request.startDate())
                    .addPropertyNode("endDate").addConstraintViolation();
            return false;
        }
    }
}
