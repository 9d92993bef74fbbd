package app.gaitway.shared.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.eclipse.krazo.engine.ViewEngineConfig;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Replaces Krazo's default Thymeleaf engine to add one thing it lacks: application-wide
 * message bundles (i18n/*.properties), so templates carry message keys, not text.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class TemplateEngineProducer {

    /** One bundle per feature so features don't edit each other's files. */
    static final String[] BUNDLES = {
        "core",
        "clinics",
        "audit",
        "exercises",
        "patients",
        "assessments",
        "findings",
        "dosage",
        "suggestions",
        "versions",
        "programs",
        "patientside",
        "adherence",
        "mail",
        "worklist"
    };

    @Inject
    ServletContext servletContext;

    // Dependent scope: TemplateEngine cannot be proxied; its one user is application-scoped.
    @Produces
    @ViewEngineConfig
    public TemplateEngine templateEngine() {
        var application = JakartaServletWebApplication.buildApplication(servletContext);
        // Krazo hands over full paths (/WEB-INF/views/x/y.html) ...
        var views = new WebApplicationTemplateResolver(application);
        views.setOrder(1);
        views.setCheckExistence(true);
        views.setTemplateMode(TemplateMode.HTML);
        views.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // ... while templates refer to fragments by short name (~{fragments/form :: field}).
        var fragments = new WebApplicationTemplateResolver(application);
        fragments.setOrder(2);
        fragments.setPrefix("/WEB-INF/views/");
        fragments.setSuffix(".html");
        fragments.setTemplateMode(TemplateMode.HTML);
        fragments.setCharacterEncoding(StandardCharsets.UTF_8.name());

        var messages = new StandardMessageResolver();
        messages.setDefaultMessages(loadMessages());

        var engine = new TemplateEngine();
        engine.addTemplateResolver(views);
        engine.addTemplateResolver(fragments);
        engine.setMessageResolver(messages);
        return engine;
    }

    public static Properties loadMessages() {
        var all = new Properties();
        for (String bundle : BUNDLES) {
            String path = "/i18n/" + bundle + ".properties";
            try (InputStream in = TemplateEngineProducer.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Missing message bundle " + path);
                }
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
