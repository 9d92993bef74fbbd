package app.gaitway.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * A one-time message shown on the page after a redirect. Kept in the session until the
 * next page shows it. A success says the thing was done ("Therapist added."); a notice says
 * it was not, or not as asked ("This program had already ended."), and looks like it.
 * Templates read {@code flashMessage.message} and {@code flashMessage.notice}.
 */
@Named("flashMessage")
@RequestScoped
public class Flash {

    private static final String KEY = "gaitway.flash";

    @Inject
    HttpServletRequest request;

    private Shown shown;
    private boolean taken;

    /** The thing the user asked for was done. */
    public void success(String text) {
        request.getSession().setAttribute(KEY, new Shown(text, false));
    }

    /** The thing the user asked for was not done, or not as asked: shown apart from a success. */
    public void notice(String text) {
        request.getSession().setAttribute(KEY, new Shown(text, true));
    }

    public String getMessage() {
        return take() == null ? null : shown.text();
    }

    public boolean isNotice() {
        return take() != null && shown.notice();
    }

    private Shown take() {
        if (!taken) {
            taken = true;
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(KEY) instanceof Shown found) {
                shown = found;
                session.removeAttribute(KEY);
            }
        }
        return shown;
    }

    private record Shown(String text, boolean notice) implements Serializable {}
}
