package app.gaitway.patients;

import app.gaitway.shared.web.FieldProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void aCompleteFormHasNoProblems() {
        assertEquals(List.of(), good().problems(TODAY));
    }

    @Test
    void blankNamesAreRefusedBesideEachName() {
        PatientForm form = new PatientForm("  ", null, "1.3.1950", "", "", "", "en", "", "", "", "", null);

        assertEquals(
                List.of(
                        new FieldProblem("givenName", "patient.givenName.required"),
                        new FieldProblem("familyName", "patient.familyName.required")),
                form.problems(TODAY));
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        PatientForm form = with("dateOfBirth", "2026-03-16");

        assertEquals(
                List.of(new FieldProblem("dateOfBirth", "patient.dateOfBirth.future", 1900)), form.problems(TODAY));
        assertEquals(List.of(), with("dateOfBirth", "15.3.2026").problems(TODAY), "today is allowed");
    }

    @Test
    void aMissingOrUnreadableBirthDateIsRefused() {
        assertEquals("patient.dateOfBirth.required", onlyKey(with("dateOfBirth", " ")));
        assertEquals("patient.dateOfBirth.format", onlyKey(with("dateOfBirth", "03/01/1950")));
        assertEquals("patient.dateOfBirth.tooEarly", onlyKey(with("dateOfBirth", "1899-12-31")));
    }

    @Test
    void choicesMustBeOneOfTheOptions() {
        assertEquals(
                List.of(new FieldProblem("sex", "patient.choose")),
                with("sex", "male").problems(TODAY));
        assertEquals(
                List.of(new FieldProblem("affectedSide", "patient.choose")),
                with("affectedSide", "UP").problems(TODAY));
    }

    @Test
    void contactDetailsAreChecked() {
        assertEquals("field.invalidEmail", onlyKey(with("email", "not-an-email")));
        assertEquals("field.invalidEmail", onlyKey(with("email", " ana@example.org")));
        assertEquals(
                "field.tooLong",
                onlyKey(with(
                        "email",
                        "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".org")));
        assertEquals("patient.phone.format", onlyKey(with("phone", "call me")));
        assertEquals(List.of(), with("phone", "+41 (0)31 123 45 67").problems(TODAY));
    }

    @Test
    void theLanguageIsRequiredAndWords() {
        assertEquals("patient.preferredLanguage.required", onlyKey(with("preferredLanguage", "")));
        assertEquals("patient.preferredLanguage.format", onlyKey(with("preferredLanguage", "42")));
        assertEquals("field.tooLong", onlyKey(with("preferredLanguage", "x".repeat(36))));
    }

    @Test
    void longTextsAreCountedAsTheUserSeesThem() {
        String eachBreakTwoCharacters = "a\r\n".repeat(400) + "b".repeat(199);
        assertEquals(
                List.of(),
                with("referralReason", eachBreakTwoCharacters).problems(TODAY),
                "800 + 199 characters with the breaks counted once");
        assertEquals(
                List.of(new FieldProblem("notes", "patient.text.tooLong", 5000, 5001)),
                with("notes", "n".repeat(5001)).problems(TODAY));
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksOnlyInLongTexts() {
        assertEquals("field.controlCharacter", onlyKey(with("givenName", "Ana\u0000")));
        assertEquals("field.controlCharacter", onlyKey(with("familyName", "Lee\nSmith")));
        assertEquals(List.of(), with("notes", "first line\r\nsecond\tline").problems(TODAY));
    }

    @Test
    void anUnknownIcd10CodeFormIsRefused() {
        assertEquals("patient.icd10Code.format", onlyKey(with("icd10Code", "knee")));
    }

    @Test
    void problemsStandInTheOrderOfTheFieldsOnThePage() {
        PatientForm form = new PatientForm("", "", "", "x", "y", "z", "", "", "", "", "", null);

        assertEquals(
                List.of("givenName", "familyName", "dateOfBirth", "sex", "email", "phone", "preferredLanguage"),
                form.problems(TODAY).stream().map(FieldProblem::field).toList());
    }

    @Test
    void everyTypedValueIsKeptAsSent() {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        body.add("givenName", " Ana ");
        body.add("familyName", "");
        body.add("dateOfBirth", "31.02.1950");
        body.add("sex", "nonsense");
        body.add("email", "not-an-email");
        body.add("phone", "abc");
        body.add("preferredLanguage", "de");
        body.add("referralReason", "knee\r\npain");
        body.add("icd10Code", "m17.1");
        body.add("affectedSide", "LEFT");
        body.add("notes", "n");
        body.add("version", "3");

        PatientForm form = PatientForm.from(body);

        assertEquals(
                new PatientForm(
                        " Ana ",
                        "",
                        "31.02.1950",
                        "nonsense",
                        "not-an-email",
                        "abc",
                        "de",
                        "knee\r\npain",
                        "m17.1",
                        "LEFT",
                        "n",
                        "3"),
                form);
        assertTrue(form.problems(TODAY).size() >= 4);
        assertEquals(3, form.versionSeen());
    }

    @Test
    void aGarbledVersionNeverMatchesAStoredOne() {
        assertEquals(PatientForm.UNKNOWN_VERSION, with("version", "3x").versionSeen());
        assertEquals(PatientForm.UNKNOWN_VERSION, with("version", null).versionSeen());
        assertEquals(8, with("version", "3x").over(8).versionSeen());
    }

    @Test
    void aGoodFormBecomesTheDetailsToSave() {
        PatientData data = good().toData();

        assertEquals("Lee", data.familyName());
        assertEquals(LocalDate.of(1950, 3, 1), data.dateOfBirth());
        assertEquals(Sex.FEMALE, data.sex());
        assertEquals("M17.1", data.icd10Code());
    }

    private static PatientForm good() {
        return new PatientForm(
                " Ana ",
                "Lee",
                "1.3.1950",
                "FEMALE",
                "ana@example.org",
                "031 123 45 67",
                "en",
                "Knee pain",
                "M17.1",
                "LEFT",
                "",
                "2");
    }

    /** The good form with one field typed differently. */
    private static PatientForm with(String field, String value) {
        MultivaluedMap<String, String> body = new MultivaluedHashMap<>();
        PatientForm g = good();
        body.add("givenName", g.givenName());
        body.add("familyName", g.familyName());
        body.add("dateOfBirth", g.dateOfBirth());
        body.add("sex", g.sex());
        body.add("email", g.email());
        body.add("phone", g.phone());
        body.add("preferredLanguage", g.preferredLanguage());
        body.add("referralReason", g.referralReason());
        body.add("icd10Code", g.icd10Code());
        body.add("affectedSide", g.affectedSide());
        body.add("notes", g.notes());
        body.add("version", g.version());
        body.putSingle(field, value);
        return PatientForm.from(body);
    }

    private static String onlyKey(PatientForm form) {
        List<FieldProblem> problems = form.problems(TODAY);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).key();
    }
}
