package app.gaitway.exercises;

import app.gaitway.shared.web.CsrfTokens;
import app.gaitway.shared.web.RefusedAccessFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.Map;

/**
 * What the two file-upload forms (exercise pictures, exercise import) share. They are servlets because the CSRF
 * filter reads only url-encoded forms: these check the same session token themselves, and keep
 * their outcome in the session for the page they redirect to.
 */
public final class UploadForms {

    static final String UPLOAD_ERRORS = "gaitway.exercises.uploadErrors";
    static final String IMPORT_PROBLEMS = "gaitway.exercises.importProblems";

    private UploadForms() {}

    /** True when the form carries the session's CSRF token; compared in constant time. */
    public static boolean hasValidCsrfToken(HttpServletRequest request) {
        boolean valid = CsrfTokens.matches(request.getSession(false), request.getParameter(CsrfTokens.FIELD));
        if (!valid) {
            RefusedAccessFilter.markCsrfFailure(request);
        }
        return valid;
    }

    public static void keepUploadErrors(HttpServletRequest request, Map<String, String> errors) {
        request.getSession().setAttribute(UPLOAD_ERRORS, Map.copyOf(errors));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> takeUploadErrors(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Map.of();
        }
        Object errors = session.getAttribute(UPLOAD_ERRORS);
        session.removeAttribute(UPLOAD_ERRORS);
        return errors instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    public static void keepImportProblems(HttpServletRequest request, List<String> problems) {
        request.getSession().setAttribute(IMPORT_PROBLEMS, List.copyOf(problems));
    }

    @SuppressWarnings("unchecked")
    public static List<String> takeImportProblems(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        Object problems = session.getAttribute(IMPORT_PROBLEMS);
        session.removeAttribute(IMPORT_PROBLEMS);
        return problems instanceof List<?> l ? (List<String>) l : List.of();
    }
}
