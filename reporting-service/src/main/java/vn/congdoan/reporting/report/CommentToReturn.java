package vn.congdoan.reporting.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A report is returned with a comment saying what to correct: a 400 naming {@code comment} otherwise. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CommentToReturn.Validator.class)
@interface CommentToReturn {
    String message() default "is required to return a report: say what to correct";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CommentToReturn, ApprovalRequest> {
        @Override
        public boolean isValid(ApprovalRequest request, ConstraintValidatorContext context) {
            if (request.decision() != ApprovalDecision.RETURN || (request.comment() != null && !request.comment().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("comment").addConstraintViolation();
            return false;
        }
    }
}
