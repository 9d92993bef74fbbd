package app.gaitway.shared.web;

import app.gaitway.shared.text.TypedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.org", "ana.lee+physio@clinic.example.ch", "zoë@müller.de", "a@localhost"})
    void acceptsEmailAddressesAsPeopleWriteThem(String address) {
        assertTrue(FormChecks.isEmailAddress(address));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-an-email",
                "@example.org",
                "ana@",
                "ana@@example.org",
                "ana lee@example.org",
                " ana@example.org",
                "ana@example..org",
                "ana@-example.org",
                ".ana@example.org",
                "ana..lee@example.org"
            })
    void refusesWhatIsNoEmailAddress(String text) {
        assertFalse(FormChecks.isEmailAddress(text));
    }

    @Test
    @Timeout(2)
    void aLongNearMissIsRefusedQuickly() {
        assertFalse(FormChecks.isEmailAddress("a".repeat(100_000) + "@" + "b-".repeat(100_000)));
        assertFalse(FormChecks.isEmailAddress("a@" + "b".repeat(62) + "-".repeat(1) + "." + "c".repeat(100_000) + "!"));
    }

    @Test
    void theFirstProblemOfAFieldIsTheOnlyOneAskedFurther() {
        List<FieldProblem> problems = new FormChecks()
                .text("name", "\u0000", TypedText.Lines.ONE, 10, "field.tooLong")
                .required("name", "\u0000", "field.required")
                .text("email", "x".repeat(300), TypedText.Lines.ONE, 254, "field.tooLong")
                .email("email", "x".repeat(300))
                .problems();

        assertEquals(
                List.of(new FieldProblem("name", "field.controlCharacter"), new FieldProblem("email", "field.tooLong")),
                problems);
    }

    @Test
    void emptyOptionalFieldsPassEveryFormatCheck() {
        assertEquals(
                List.of(),
                new FormChecks()
                        .email("email", "")
                        .oneOf("sex", "", List.of("MALE"), "patient.choose")
                        .matches("phone", null, java.util.regex.Pattern.compile("[0-9]+"), "patient.phone.format")
                        .problems());
    }
}
