package app.gaitway.shared.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean Validation for form beans: the field follows {@link TypedText}'s rule. Null is valid. */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** One line (names, e-mail addresses, passwords) or several (notes): only the latter may hold line breaks and tabs. */
    TypedText.Lines lines() default TypedText.Lines.ONE;

    String message() default "{" + TypedText.MESSAGE_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
