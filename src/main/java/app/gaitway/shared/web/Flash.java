package app.gaitway.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A one-time message shown on the page after a redirect ("Therapist added."). Kept in
 * the session until the next page shows it. Templates read {@code flashMessage.message}.
 */
@Named("flashMessage")
@RequestScoped
public class Flash {

    private static final String KEY = "gaitway.flash";

    @Inject
    HttpServletRequest request;

    private String message;
    private boolean taken;

    public void success(String text) {
        request.getSession().setAttribute(KEY, text);
    }

    public String getMessage() {
        if (!taken) {
            taken = true;
            HttpSession session = request.getSession(false);
            if (session != null) {
                message = (String) session.getAttribute(KEY);
                session.removeAttribute(KEY);
            }
        }
        return message;
    }
}
