package app.gaitway.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's Thymeleaf engine, made once: templates (parsed once, then cached), the application-wide message
 * bundles (i18n/*.properties, so templates carry message keys, not text) and the named beans pages may read
 * ({@code ${dates}}, {@code ${flashMessage}}...), looked up once instead of on every use of a name.
 */
@ApplicationScoped
public class Templates {

    /** One bundle per feature so features don't edit each other's files. */
    public static final String[] BUNDLES = {
        "core",
        "secondfactor",
        "accounts",
        "clinics",
        "audit",
        "exercises",
        "patients",
        "assessments",
        "findings",
        "examination",
        "dosage",
        "suggestions",
        "versions",
        "programs",
        "patientside",
        "adherence",
        "mail",
        "worklist",
        "backups",
        "measures",
        "goals",
        "discharge"
    };

    /**
     * Thymeleaf's default keeps 500 parsed expressions; the templates hold about 1,900 distinct attributes, so with
     * the default every page parsed again what others had pushed out (measured with issue 14's benchmark).
     */
    private static final int EXPRESSION_CACHE_SIZE = 20_000;

    @Inject
    ServletContext servletContext;

    @Inject
    BeanManager beans;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;
    private Map<String, Object> namedBeans;

    @PostConstruct
    void start() {
        RecordPropertyAccessor.register();
        application = JakartaServletWebApplication.buildApplication(servletContext);
        var views = new WebApplicationTemplateResolver(application);
        views.setPrefix("/WEB-INF/views/");
        views.setSuffix(".html");
        views.setTemplateMode(TemplateMode.HTML);
        views.setCharacterEncoding(StandardCharsets.UTF_8.name());
        views.setCacheable(true);

        var messages = new PatternMessageResolver();
        messages.setDefaultMessages(loadMessages());

        var caches = new StandardCacheManager();
        caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);

        engine = new TemplateEngine();
        engine.setTemplateResolver(views);
        engine.setMessageResolver(messages);
        engine.setCacheManager(caches);
    }

    void render(View view, HttpServletRequest request, HttpServletResponse response, Writer out) {
        Map<String, Object> variables = new HashMap<>(namedBeans());
        variables.put("csrfField", new CsrfField(request));
        variables.putAll(view.variables());
        var context = new WebContext(application.buildExchange(request, response), request.getLocale(), variables);
        engine.process(view.template(), context, out);
    }

    /**
     * Gaitway's own named beans only (the server registers some of its own names). Every one is normal-scoped (application or request), so the reference taken once is a proxy that
     * reaches the current request's instance.
     */
    private Map<String, Object> namedBeans() {
        Map<String, Object> found = namedBeans;
        if (found == null) {
            found = new HashMap<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getName() != null && bean.getBeanClass().getName().startsWith("app.gaitway.")) {
                    found.put(
                            bean.getName(),
                            beans.getReference(bean, bean.getBeanClass(), beans.createCreationalContext(bean)));
                }
            }
            namedBeans = Map.copyOf(found);
        }
        return found;
    }

    /**
     * Thymeleaf's resolver, formatting with patterns parsed once ({@link MessagePattern}) instead of a new
     * MessageFormat for every {@code #{key(args)}}. The same rule as Thymeleaf's decides whether a text is formatted at
     * all: only when it has a closing brace or a quote.
     */
    static final class PatternMessageResolver extends StandardMessageResolver {

        private final Map<String, MessagePattern> patterns = new ConcurrentHashMap<>();

        @Override
        protected String formatMessage(Locale locale, String message, Object[] parameters) {
            if (message == null) {
                return null;
            }
            if (message.indexOf('}') < 0 && message.indexOf('\'') < 0) {
                return message;
            }
            return patterns.computeIfAbsent(message, MessagePattern::compile)
                    .format(locale, parameters == null ? new Object[0] : parameters);
        }
    }

    public static Properties loadMessages() {
        var all = new Properties();
        for (String bundle : BUNDLES) {
            String path = "/i18n/" + bundle + ".properties";
            try (InputStream in = Templates.class.getResourceAsStream(path)) {
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

    /** What a form's hidden CSRF field reads ({@code ${csrfField.name}}, {@code ${csrfField.token}}). */
    public static final class CsrfField {
        private final HttpServletRequest request;

        CsrfField(HttpServletRequest request) {
            this.request = request;
        }

        public String getName() {
            return CsrfTokens.FIELD;
        }

        /** Opens a session for a visitor who has none: the token is checked against it when the form comes back. */
        public String getToken() {
            return CsrfTokens.of(request.getSession(true));
        }
    }
}
