package app.gaitway.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Renders a {@link View} with the application's one Thymeleaf engine, straight into the response. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {

    @Inject
    Templates templates;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            View view,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        var out = new UntilFailure(
                new BufferedWriter(new OutputStreamWriter(entityStream, StandardCharsets.UTF_8), 16 * 1024));
        templates.render(view, request, response, out);
        out.flush();
        out.throwFailure();
    }

    /**
     * Writes until the first failure (a browser that hung up), then takes the rest of the page without writing it,
     * as the servlet's own writer does: Thymeleaf logs every exception it sees as an error with its stack trace, and a
     * client going away is no error of ours. The failure is passed on once the page is done, for
     * {@link ClientGoneInterceptor} to recognise.
     */
    private static final class UntilFailure extends Writer {
        private final Writer out;
        private IOException failure;

        UntilFailure(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (failure == null) {
                try {
                    out.write(chars, offset, length);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            if (failure == null) {
                try {
                    out.write(text, offset, length);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void flush() {
            if (failure == null) {
                try {
                    out.flush();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void close() {
            flush();
        }

        void throwFailure() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
