package app.gaitway.shared.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText} fields with {@link TypedText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private TypedText.Lines lines = TypedText.Lines.ONE;

    @Override
    public void initialize(PlainText annotation) {
        lines = annotation.lines();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TypedText.isAcceptable(value, lines);
    }
}
