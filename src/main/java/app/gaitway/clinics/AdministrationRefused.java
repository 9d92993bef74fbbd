package app.gaitway.clinics;

/**
 * A staff or clinic change that a rule does not allow (last administrator, email in use, weak
 * password...). Carries the form field it concerns (null for the whole form) and the
 * message key that explains it; nothing was changed.
 */
public class AdministrationRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AdministrationRefused(String field, String messageKey) {
        super("Refused: " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static AdministrationRefused forWholeForm(String messageKey) {
        return new AdministrationRefused(null, messageKey);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
