package app.gaitway.patientside.mail;

/**
 * A link mail was not sent. The {@link #reason()} tells the caller what to say (the link itself still works);
 * the message is safe to log: it describes the failure by kind and never holds an address, a name, a link or
 * the mail server's reply (which can quote the address). For that reason no cause is attached.
 */
public class LinkMailException extends Exception {

    /** Why the mail was not sent. */
    public enum Reason {
        /** No SMTP host is configured (or its settings are unusable): email is off. */
        NOT_CONFIGURED,
        /** The address is not a valid email address, or the mail server refused it. */
        BAD_ADDRESS,
        /** The mail server could not be reached, refused the login or the message, or did not answer in time. */
        NOT_SENT
    }

    private final Reason reason;

    LinkMailException(Reason reason, String safeDetail) {
        super(reason + ": " + safeDetail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
