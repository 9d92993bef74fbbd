package app.gaitway.shared.web;

import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.persistence.StaleEdits;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure becomes the app's own page; stack traces go to the log with a reference only. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {}

    @Provider
    public static class RecordNotFound implements ExceptionMapper<RecordNotFoundException> {
        @Inject
        Models models;

        @Override
        public Response toResponse(RecordNotFoundException e) {
            return ErrorPages.page(models, 404);
        }
    }

    /**
     * Someone else saved the record first and the controller had no page of its own for it:
     * the user's change was not saved, nothing half-saved, and no stack trace (it is no fault).
     */
    @Provider
    public static class StaleEdit implements ExceptionMapper<StaleEditException> {
        @Inject
        Models models;

        @Override
        public Response toResponse(StaleEditException e) {
            LOG.info("Edit refused: the record was changed meanwhile");
            return ErrorPages.page(models, 409);
        }
    }

    @Provider
    public static class MissingCsrfToken implements ExceptionMapper<CsrfRefusedException> {
        @Inject
        Models models;

        @Override
        public Response toResponse(CsrfRefusedException e) {
            // The message says which check failed (missing field, another token); no token is in it.
            LOG.warning(() -> "Form refused by the CSRF check: " + e.getMessage());
            models.put("csrf", true);
            return ErrorPages.page(models, 403);
        }
    }

    @Provider
    public static class HttpStatus implements ExceptionMapper<WebApplicationException> {
        @Inject
        Models models;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 300 && status < 400) {
                return e.getResponse();
            }
            if (status >= 500) {
                return Unexpected.logged(models, e);
            }
            return ErrorPages.page(models, status);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Inject
        Models models;

        @Override
        public Response toResponse(Throwable e) {
            if (StaleEdits.isStaleEdit(e)) {
                LOG.info("Edit refused: the record was changed meanwhile (caught at commit)");
                return ErrorPages.page(models, 409);
            }
            return logged(models, e);
        }

        static Response logged(Models models, Throwable e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
            return ErrorPages.page(models, 500, reference);
        }
    }
}
