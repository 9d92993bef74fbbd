package app.gaitway.patients;

import app.gaitway.shared.text.PlainText;
import app.gaitway.shared.text.TypedText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The patient form exactly as typed (new and edit alike), every value kept as text so that a mistake in
 * one field never loses the others. Simple rules are Bean Validation; the rest is {@link #problems}.
 * On edit it carries the version the form was built from: an older one is a conflict, never an overwrite.
 */
public class PatientForm {

    /** The fields in page order, for the error summary. */
    static final List<String> FIELDS = List.of("givenName", "familyName", "dateOfBirth", "sex", "email", "phone",
            "preferredLanguage", "referralReason", "icd10Code", "affectedSide", "notes");
    static final String DEFAULT_LANGUAGE = "en";
    static final int UNKNOWN_VERSION = -1;
    private static final int DATE_OF_BIRTH = FIELDS.indexOf("dateOfBirth");

    @MvcBinding
    @FormParam("givenName")
    @PlainText
    @NotBlank(message = "{patient.givenName.required}")
    @Size(max = PatientRules.NAME_MAX, message = "{patient.name.tooLong}")
    private String givenName;

    @MvcBinding
    @FormParam("familyName")
    @PlainText
    @NotBlank(message = "{patient.familyName.required}")
    @Size(max = PatientRules.NAME_MAX, message = "{patient.name.tooLong}")
    private String familyName;

    @MvcBinding
    @FormParam("dateOfBirth")
    private String dateOfBirth;

    @MvcBinding
    @FormParam("sex")
    @Pattern(regexp = "|FEMALE|MALE|OTHER|NOT_STATED", message = "{patient.choose}")
    private String sex;

    @MvcBinding
    @FormParam("email")
    @PlainText
    @Email(message = "{field.invalidEmail}")
    @Size(max = 254, message = "{field.tooLong}")
    private String email;

    @MvcBinding
    @FormParam("phone")
    @PlainText
    @Pattern(regexp = "\\s*|[-0-9+() ]*[0-9][-0-9+() ]*", message = "{patient.phone.format}")
    @Size(max = 40, message = "{field.tooLong}")
    private String phone;

    @MvcBinding
    @FormParam("preferredLanguage")
    @PlainText
    @NotBlank(message = "{patient.preferredLanguage.required}")
    @Pattern(regexp = "\\s*[\\p{L}][\\p{L} ()-]*\\s*", message = "{patient.preferredLanguage.format}")
    @Size(max = 35, message = "{field.tooLong}")
    private String preferredLanguage;

    @MvcBinding
    @FormParam("referralReason")
    @PlainText(lines = TypedText.Lines.MANY)
    private String referralReason;

    @MvcBinding
    @FormParam("icd10Code")
    @PlainText
    private String icd10Code;

    @MvcBinding
    @FormParam("affectedSide")
    @Pattern(regexp = "|LEFT|RIGHT|BOTH|NONE", message = "{patient.choose}")
    private String affectedSide;

    @MvcBinding
    @FormParam("notes")
    @PlainText(lines = TypedText.Lines.MANY)
    private String notes;

    @FormParam("version")
    private String version;

    /** A problem Bean Validation does not find: the field and a message key with its arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    public static PatientForm blank() {
        PatientForm form = new PatientForm();
        form.preferredLanguage = DEFAULT_LANGUAGE;
        return form;
    }

    /** The form as posted, read from its fields by name (as the form binding reads them). */
    public static PatientForm from(Map<String, List<String>> posted) {
        PatientForm form = new PatientForm();
        form.givenName = first(posted, "givenName");
        form.familyName = first(posted, "familyName");
        form.dateOfBirth = first(posted, "dateOfBirth");
        form.sex = first(posted, "sex");
        form.email = first(posted, "email");
        form.phone = first(posted, "phone");
        form.preferredLanguage = first(posted, "preferredLanguage");
        form.referralReason = first(posted, "referralReason");
        form.icd10Code = first(posted, "icd10Code");
        form.affectedSide = first(posted, "affectedSide");
        form.notes = first(posted, "notes");
        form.version = first(posted, "version");
        return form;
    }

    private static String first(Map<String, List<String>> posted, String name) {
        List<String> values = posted.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The saved details of a patient, as the edit form shows them. */
    public static PatientForm of(PatientDetails p) {
        PatientForm form = new PatientForm();
        form.givenName = p.givenName();
        form.familyName = p.familyName();
        form.dateOfBirth = p.dateOfBirth().toString();
        form.sex = orEmpty(p.sex());
        form.email = orEmpty(p.email());
        form.phone = orEmpty(p.phone());
        form.preferredLanguage = p.preferredLanguage();
        form.referralReason = orEmpty(p.referralReason());
        form.icd10Code = orEmpty(p.icd10Code());
        form.affectedSide = orEmpty(p.affectedSide());
        form.notes = orEmpty(p.notes());
        form.version = String.valueOf(p.version());
        return form;
    }

    /** What Bean Validation cannot check; empty when the form is good (given Bean Validation passed too). */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        PatientRules.dateOfBirthProblem(dateOfBirth, today)
                .ifPresent(key -> problems.add(new Problem("dateOfBirth", key, PatientRules.EARLIEST_BIRTH.getYear())));
        String referral = PatientRules.longText(referralReason);
        if (PatientRules.tooLong(referral, PatientRules.REFERRAL_MAX)) {
            problems.add(new Problem("referralReason", "patient.text.tooLong", PatientRules.REFERRAL_MAX, referral.length()));
        }
        PatientRules.icd10Problem(icd10Code).ifPresent(key -> problems.add(new Problem("icd10Code", key)));
        String note = PatientRules.longText(notes);
        if (PatientRules.tooLong(note, PatientRules.NOTES_MAX)) {
            problems.add(new Problem("notes", "patient.text.tooLong", PatientRules.NOTES_MAX, note.length()));
        }
        return problems;
    }

    /** The details to save; only for a form without problems. */
    public PatientData toData() {
        return new PatientData(familyName.strip(), givenName.strip(),
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
        try {
            return version == null ? UNKNOWN_VERSION : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return UNKNOWN_VERSION;
        }
    }

    /** The typed values, to be saved over the given version on purpose (after a conflict). */
    public PatientForm over(int currentVersion) {
        PatientForm copy = copy();
        copy.version = String.valueOf(currentVersion);
        return copy;
    }

    /** For each field whose saved value differs from what was typed, the saved value as text. */
    public Map<String, String> savedValuesDifferentFrom(PatientForm saved) {
        Map<String, String> differences = new LinkedHashMap<>();
        String[] mine = values();
        String[] theirs = saved.values();
        for (int i = 0; i < FIELDS.size(); i++) {
            String typed = PatientRules.longText(mine[i]);
            String kept = PatientRules.longText(theirs[i]);
            boolean sameDay = i == DATE_OF_BIRTH && BirthDateText.parse(typed).isPresent()
                    && BirthDateText.parse(typed).equals(BirthDateText.parse(kept));
            if (!Objects.equals(typed, kept) && !sameDay) {
                differences.put(FIELDS.get(i), kept == null ? "" : kept);
            }
        }
        return differences;
    }

    private String[] values() {
        return new String[]{givenName, familyName, dateOfBirth, sex, email, phone, preferredLanguage,
                referralReason, icd10Code, affectedSide, notes};
    }

    private PatientForm copy() {
        PatientForm c = new PatientForm();
        c.givenName = givenName;
        c.familyName = familyName;
        c.dateOfBirth = dateOfBirth;
        c.sex = sex;
        c.email = email;
        c.phone = phone;
        c.preferredLanguage = preferredLanguage;
        c.referralReason = referralReason;
        c.icd10Code = icd10Code;
        c.affectedSide = affectedSide;
        c.notes = notes;
        c.version = version;
        return c;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getGivenName() { return givenName; }
    public String getFamilyName() { return familyName; }
    public String getDateOfBirth() { return dateOfBirth; }
    public String getSex() { return sex; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public String getReferralReason() { return referralReason; }
    public String getIcd10Code() { return icd10Code; }
    public String getAffectedSide() { return affectedSide; }
    public String getNotes() { return notes; }
    public String getVersion() { return version; }
}
