package app.gaitway.clinics;

import app.gaitway.shared.text.TypedText;
import app.gaitway.shared.web.FormChecks;

/**
 * The rules of the fields the clinic and staff forms share (a clinic's name and address, a person's name,
 * email and password), written once so that a clinic's name is the same thing on the setup page, the new
 * clinic page and the clinic details page. The key for an empty field is the form's own: the pages word it
 * differently.
 */
final class AccountFields {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;
    /** The address is checked further by {@code ClinicAddress} (line count); this only stops absurd input early. */
    static final int ADDRESS_MAX = 2000;

    private AccountFields() {}

    static void clinicName(FormChecks checks, String clinicName, String requiredKey) {
        name(checks, "clinicName", clinicName, requiredKey);
    }

    static void clinicAddress(FormChecks checks, String address) {
        checks.text("address", address, TypedText.Lines.MANY, ADDRESS_MAX, "field.tooLong");
    }

    static void fullName(FormChecks checks, String fullName, String requiredKey) {
        name(checks, "fullName", fullName, requiredKey);
    }

    static void email(FormChecks checks, String email, String requiredKey) {
        checks.text("email", email, TypedText.Lines.ONE, EMAIL_MAX, "field.tooLong")
                .required("email", email, requiredKey)
                .email("email", email);
    }

    /** Many lines allowed: a pasted password may hold a tab. Its strength is the password policy's. */
    static void password(FormChecks checks, String field, String password, String requiredKey) {
        checks.text(field, password, TypedText.Lines.MANY).required(field, password, requiredKey);
    }

    private static void name(FormChecks checks, String field, String value, String requiredKey) {
        checks.text(field, value, TypedText.Lines.ONE, NAME_MAX, "field.tooLong")
                .required(field, value, requiredKey);
    }
}
