package app.gaitway.shared.web;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * A browser that closes the connection while a page or picture is being written (a tab closed, a phone losing
 * its signal) is no error of the app: one line in the log, not the stack traces Jersey logs as SEVERE when
 * writing a committed response fails (once while the view renders, once more when it closes the stream).
 * <p>
 * The response goes through a stream that notices the first failure of the connection below it. Rendering then
 * stops at the next write, its failure (Thymeleaf wraps it in its own exception) is recognised as
 * the client's and dropped, and the flush and close Jersey does afterwards fail quietly. A failure that did not
 * come from the connection is passed on as before.
 */
@Provider
public class ClientGoneInterceptor implements WriterInterceptor {

    private static final Logger LOG = Logger.getLogger(ClientGoneInterceptor.class.getName());

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        ConnectionStream out = new ConnectionStream(context.getOutputStream());
        context.setOutputStream(out);
        try {
            context.proceed();
        } catch (IOException | RuntimeException failed) {
            if (!out.broken) {
                throw failed;
            }
        } finally {
            out.rendered = true;
        }
    }

    private static final class ConnectionStream extends OutputStream {

        private final OutputStream connection;
        private volatile boolean broken;
        private volatile boolean rendered;

        ConnectionStream(OutputStream connection) {
            this.connection = connection;
        }

        @Override
        public void write(int b) throws IOException {
            guarded(() -> connection.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            guarded(() -> connection.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            if (broken) {
                return;
            }
            if (rendered) {
                quietly(connection::flush);
            } else {
                guarded(connection::flush);
            }
        }

        /** Always passed on, so the container's own stream counts as closed and is not closed again (and fails again). */
        @Override
        public void close() {
            quietly(connection::close);
        }

        private void guarded(IoAction action) throws IOException {
            if (broken) {
                throw new IOException("The connection was closed by the client");
            }
            try {
                action.run();
            } catch (IOException | UncheckedIOException e) {
                clientGone(e);
                throw e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
            }
        }

        private void quietly(IoAction action) {
            try {
                action.run();
            } catch (IOException | UncheckedIOException e) {
                clientGone(e);
            }
        }

        private void clientGone(Exception e) {
            if (!broken) {
                broken = true;
                LOG.info(() ->
                        "The client closed the connection before the response was complete (" + e.getMessage() + ")");
            }
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
