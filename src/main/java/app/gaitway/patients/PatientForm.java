package app.gaitway.patients;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.FieldProblem;
import app.gaitway.shared.web.FormChecks;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The patient form exactly as typed (new and edit alike), every value kept as text so that a mistake in
 * one field never loses the others; its rules are {@link #problems}. On edit it carries the version the
 * form was built from: an older one is a conflict, never an overwrite.
 */
public record PatientForm(
        String givenName,
        String familyName,
        String dateOfBirth,
        String sex,
        String email,
        String phone,
        String preferredLanguage,
        String referralReason,
        String icd10Code,
        String affectedSide,
        String notes,
        String version) {

    /** The fields in page order, for the error summary. */
    static final List<String> FIELDS = List.of(
            "givenName",
            "familyName",
            "dateOfBirth",
            "sex",
            "email",
            "phone",
            "preferredLanguage",
            "referralReason",
            "icd10Code",
            "affectedSide",
            "notes");

    static final String DEFAULT_LANGUAGE = "en";
    static final int UNKNOWN_VERSION = -1;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    static final int LANGUAGE_MAX = 35;
    private static final int DATE_OF_BIRTH = FIELDS.indexOf("dateOfBirth");
    private static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "NOT_STATED");
    private static final List<String> SIDES = List.of("LEFT", "RIGHT", "BOTH", "NONE");
    private static final Pattern PHONE = Pattern.compile("\\s*|[-0-9+() ]*[0-9][-0-9+() ]*");
    private static final Pattern LANGUAGE = Pattern.compile("\\s*[\\p{L}][\\p{L} ()-]*\\s*");

    public static PatientForm blank() {
        return new PatientForm(null, null, null, null, null, null, DEFAULT_LANGUAGE, null, null, null, null, null);
    }

    /** The form as posted (or as held across sign-in), read from its fields by name. */
    public static PatientForm from(MultivaluedMap<String, String> body) {
        return new PatientForm(
                body.getFirst("givenName"),
                body.getFirst("familyName"),
                body.getFirst("dateOfBirth"),
                body.getFirst("sex"),
                body.getFirst("email"),
                body.getFirst("phone"),
                body.getFirst("preferredLanguage"),
                body.getFirst("referralReason"),
                body.getFirst("icd10Code"),
                body.getFirst("affectedSide"),
                body.getFirst("notes"),
                body.getFirst("version"));
    }

    /** The saved details of a patient, as the edit form shows them. */
    public static PatientForm of(PatientDetails p) {
        return new PatientForm(
                p.givenName(),
                p.familyName(),
                p.dateOfBirth().toString(),
                orEmpty(p.sex()),
                orEmpty(p.email()),
                orEmpty(p.phone()),
                p.preferredLanguage(),
                orEmpty(p.referralReason()),
                orEmpty(p.icd10Code()),
                orEmpty(p.affectedSide()),
                orEmpty(p.notes()),
                String.valueOf(p.version()));
    }

    /** Everything wrong with the form, one problem per field in page order; empty when it can be saved. */
    public List<FieldProblem> problems(LocalDate today) {
        FormChecks checks = new FormChecks()
                .text("givenName", givenName, TypedText.Lines.ONE, PatientRules.NAME_MAX, "patient.name.tooLong")
                .required("givenName", givenName, "patient.givenName.required")
                .text("familyName", familyName, TypedText.Lines.ONE, PatientRules.NAME_MAX, "patient.name.tooLong")
                .required("familyName", familyName, "patient.familyName.required");
        PatientRules.dateOfBirthProblem(dateOfBirth, today)
                .ifPresent(key -> checks.add("dateOfBirth", key, PatientRules.EARLIEST_BIRTH.getYear()));
        checks.oneOf("sex", sex, SEXES, "patient.choose")
                .text("email", email, TypedText.Lines.ONE, EMAIL_MAX, "field.tooLong")
                .email("email", email)
                .text("phone", phone, TypedText.Lines.ONE, PHONE_MAX, "field.tooLong")
                .matches("phone", phone, PHONE, "patient.phone.format")
                .text("preferredLanguage", preferredLanguage, TypedText.Lines.ONE, LANGUAGE_MAX, "field.tooLong")
                .required("preferredLanguage", preferredLanguage, "patient.preferredLanguage.required")
                .matches("preferredLanguage", preferredLanguage, LANGUAGE, "patient.preferredLanguage.format")
                .text("referralReason", referralReason, TypedText.Lines.MANY);
        String referral = PatientRules.longText(referralReason);
        if (!checks.has("referralReason") && PatientRules.tooLong(referral, PatientRules.REFERRAL_MAX)) {
            checks.add("referralReason", "patient.text.tooLong", PatientRules.REFERRAL_MAX, referral.length());
        }
        checks.text("icd10Code", icd10Code, TypedText.Lines.ONE);
        if (!checks.has("icd10Code")) {
            PatientRules.icd10Problem(icd10Code).ifPresent(key -> checks.add("icd10Code", key));
        }
        checks.oneOf("affectedSide", affectedSide, SIDES, "patient.choose").text("notes", notes, TypedText.Lines.MANY);
        String note = PatientRules.longText(notes);
        if (!checks.has("notes") && PatientRules.tooLong(note, PatientRules.NOTES_MAX)) {
            checks.add("notes", "patient.text.tooLong", PatientRules.NOTES_MAX, note.length());
        }
        return checks.problems();
    }

    /** The details to save; only for a form without problems. */
    public PatientData toData() {
        return new PatientData(
                familyName.strip(),
                givenName.strip(),
                BirthDateText.parse(dateOfBirth).orElseThrow(),
                blank(sex) ? null : Sex.valueOf(sex),
                blank(email) ? null : email.strip(),
                blank(phone) ? null : phone.strip().replaceAll("\\s+", " "),
                preferredLanguage.strip(),
                PatientRules.longText(referralReason),
                blank(icd10Code) ? null : Icd10Code.normalise(icd10Code).orElseThrow(),
                blank(affectedSide) ? null : AffectedSide.valueOf(affectedSide),
                PatientRules.longText(notes));
    }

    /** The version the form was built from; a missing or garbled one never matches a stored version. */
    public int versionSeen() {
        return WholeNumbers.parseInt(version).orElse(UNKNOWN_VERSION);
    }

    /** The typed values, to be saved over the given version on purpose (after a conflict). */
    public PatientForm over(int currentVersion) {
        return new PatientForm(
                givenName,
                familyName,
                dateOfBirth,
                sex,
                email,
                phone,
                preferredLanguage,
                referralReason,
                icd10Code,
                affectedSide,
                notes,
                String.valueOf(currentVersion));
    }

    /** For each field whose saved value differs from what was typed, the saved value as text. */
    public Map<String, String> savedValuesDifferentFrom(PatientForm saved) {
        Map<String, String> differences = new LinkedHashMap<>();
        String[] mine = values();
        String[] theirs = saved.values();
        for (int i = 0; i < FIELDS.size(); i++) {
            String typed = PatientRules.longText(mine[i]);
            String kept = PatientRules.longText(theirs[i]);
            boolean sameDay = i == DATE_OF_BIRTH
                    && BirthDateText.parse(typed).isPresent()
                    && BirthDateText.parse(typed).equals(BirthDateText.parse(kept));
            if (!Objects.equals(typed, kept) && !sameDay) {
                differences.put(FIELDS.get(i), kept == null ? "" : kept);
            }
        }
        return differences;
    }

    private String[] values() {
        return new String[] {
            givenName,
            familyName,
            dateOfBirth,
            sex,
            email,
            phone,
            preferredLanguage,
            referralReason,
            icd10Code,
            affectedSide,
            notes
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
