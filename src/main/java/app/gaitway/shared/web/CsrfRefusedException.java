package app.gaitway.shared.web;

/** A form came back without the session's CSRF token: refused with the 403 page. The message never holds a token. */
public class CsrfRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CsrfRefusedException(String reason) {
        super(reason);
    }
}
