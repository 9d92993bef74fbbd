package app.gaitway.patientside.handout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContext;

import java.net.MalformedURLException;

/**
 * Makes one {@link HandoutPdf} for the application, its template read from the WAR
 * ({@code /WEB-INF/views/patientside/handout-pdf.html}). Inject it as {@code @Inject HandoutPdf handouts}.
 */
@ApplicationScoped
public class HandoutPdfProducer {

    @Inject
    ServletContext servletContext;

    // Singleton, not application scoped: a final class with no default constructor cannot be proxied.
    @Produces
    @Singleton
    public HandoutPdf handoutPdf() throws MalformedURLException {
        return new HandoutPdf(servletContext.getResource("/WEB-INF/views/" + HandoutPdf.TEMPLATE));
    }
}
