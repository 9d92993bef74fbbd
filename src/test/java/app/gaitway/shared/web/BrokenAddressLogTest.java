package app.gaitway.shared.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrokenAddressLogTest {

    private final BrokenAddressLog listener = new BrokenAddressLog();
    private final List<LogRecord> written = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            written.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @AfterEach
    void restore() {
        listener.contextDestroyed(null);
        BrokenAddressLog.CONTAINER.setFilter(null);
        BrokenAddressLog.CONTAINER.removeHandler(capture);
        BrokenAddressLog.CONTAINER.setUseParentHandlers(true);
    }

    @Test
    void onlyTheDecoderFailureOfABrokenAddressIsRecognised() {
        assertTrue(BrokenAddressLog.isBrokenAddress(record(BrokenAddressLog.REQUEST_FAILED, decoderFailure())));
        IllegalStateException cutShort = new IllegalStateException("Unexpected termination");
        cutShort.setStackTrace(decoderFailure().getStackTrace());
        assertTrue(
                BrokenAddressLog.isBrokenAddress(record(BrokenAddressLog.REQUEST_FAILED, cutShort)), "a % at the end");
        assertFalse(
                BrokenAddressLog.isBrokenAddress(record("AS-WEB-CORE-00038", decoderFailure())),
                "another container message");
        assertFalse(
                BrokenAddressLog.isBrokenAddress(
                        record(BrokenAddressLog.REQUEST_FAILED, new IllegalArgumentException("from somewhere else"))),
                "a failure not thrown by the decoder");
        assertFalse(
                BrokenAddressLog.isBrokenAddress(
                        record(BrokenAddressLog.REQUEST_FAILED, new IllegalStateException("decoder"))),
                "another kind of failure");
        assertFalse(BrokenAddressLog.isBrokenAddress(record(BrokenAddressLog.REQUEST_FAILED, null)));
    }

    @Test
    void theContainerLoggerDropsBrokenAddressesAndKeepsEverythingElse() {
        BrokenAddressLog.CONTAINER.setUseParentHandlers(false);
        BrokenAddressLog.CONTAINER.addHandler(capture);
        listener.contextInitialized(null);
        listener.contextInitialized(null);

        BrokenAddressLog.CONTAINER.log(Level.SEVERE, BrokenAddressLog.REQUEST_FAILED, decoderFailure());
        BrokenAddressLog.CONTAINER.log(
                Level.SEVERE, BrokenAddressLog.REQUEST_FAILED, new IllegalStateException("real"));

        assertEquals(1, written.size(), "only the real failure is written");
        assertEquals("real", written.get(0).getThrown().getMessage());
    }

    @Test
    void undeployingGivesTheContainerItsOwnFilterBack() {
        java.util.logging.Filter theirs = record -> true;
        BrokenAddressLog.CONTAINER.setFilter(theirs);
        listener.contextInitialized(null);
        assertTrue(BrokenAddressLog.CONTAINER.getFilter() instanceof BrokenAddressLog.QuietBrokenAddresses);
        listener.contextDestroyed(null);
        assertSame(theirs, BrokenAddressLog.CONTAINER.getFilter());
        BrokenAddressLog.CONTAINER.setFilter(null);
        listener.contextDestroyed(null);
        assertNull(BrokenAddressLog.CONTAINER.getFilter());
    }

    /** A failure whose top frame is Grizzly's decoder, as Payara logs it for GET /p/AAAA%zz. */
    private static IllegalArgumentException decoderFailure() {
        IllegalArgumentException failure =
                new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern - %zz");
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.glassfish.grizzly.http.util.URLDecoder", "decode", "URLDecoder.java", 199),
            new StackTraceElement(
                    "org.apache.catalina.connector.CoyoteAdapter", "postParseRequest", "CoyoteAdapter.java", 426)
        });
        return failure;
    }

    private static LogRecord record(String message, Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, message);
        record.setThrown(thrown);
        return record;
    }
}
