package app.gaitway.shared.startup;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gaitway either starts completely or ends the process. Payara Micro says "ready" and
 * keeps serving 404s when the application failed to deploy; a service manager or
 * container platform then sees a live process that serves nobody. So a start-up problem
 * is logged as one line naming the cause and the fix, and the process exits with
 * {@link #EXIT_CODE}.
 * <p>
 * Two ways in: {@link #checkOnce} runs the checks before the first database connection
 * (which Hibernate opens early in the deployment, before any of our beans exist), and
 * a watcher notices when Payara Micro's boot thread has finished without
 * {@link #started()} having been called, whatever failed in between.
 */
public final class StartupGuard {

    /** What the process exits with when Gaitway cannot start (EX_CONFIG of sysexits.h). */
    public static final int EXIT_CODE = 78;

    private static final String DEPLOYMENT_FAILED = StartupCheck.PREFIX + "the application failed to deploy."
            + " The first SEVERE message above says why; fix that and start Gaitway again.";

    private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());
    private static final AtomicBoolean CHECKED = new AtomicBoolean();
    private static volatile boolean started;

    private StartupGuard() {}

    /** Runs the start-up checks the first time it is called; a problem ends the process. */
    public static void checkOnce(Supplier<Optional<String>> checks) {
        if (!CHECKED.compareAndSet(false, true)) {
            return;
        }
        watchBoot();
        checks.get().ifPresent(StartupGuard::refuse);
    }

    /** The start-up tasks have all succeeded: from now on Gaitway serves, and readiness may say so. */
    public static void started() {
        started = true;
    }

    public static boolean hasStarted() {
        return started;
    }

    /** Logs the one line that says why and how to fix it, then ends the process. */
    public static void refuse(String causeAndFix) {
        LOG.severe(causeAndFix);
        exit();
    }

    /** An unexpected failure: the stack trace first (for whoever debugs it), then the line. */
    public static void refuse(String causeAndFix, Throwable failure) {
        LOG.log(Level.SEVERE, "Start-up failed", failure);
        refuse(causeAndFix);
    }

    /** The exception's class and the first line of its message, for the one log line. */
    public static String summary(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": "
                + (newline < 0 ? message : message.substring(0, newline).strip());
    }

    /**
     * Halts rather than exits: System.exit runs Payara's shutdown hook, which waits for the
     * deployment this thread is still part of. Nothing is lost: nothing has been served.
     */
    private static void exit() {
        try {
            flushLogs();
        } finally {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }

    private static void flushLogs() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        System.out.flush();
        System.err.flush();
    }

    /**
     * Payara Micro deploys the application on its "main" thread while it boots, and that
     * thread ends when the boot is over, deployed or not. If it ends before the start-up
     * tasks finished, the deployment failed (the log above says why).
     * <p>
     * By then Payara has closed the application's class loader, which refuses to load any
     * further class, even the JDK's: whatever the watcher needs is resolved here, before.
     */
    private static void watchBoot() {
        Thread boot = Thread.currentThread().getName().equals("main") ? Thread.currentThread() : findMainThread();
        if (boot == null) {
            LOG.fine("No boot thread to watch: a failed deployment will not end the process");
            return;
        }
        flushLogs();
        Runtime runtime = Runtime.getRuntime();
        Thread watcher = new Thread(
                () -> {
                    try {
                        boot.join();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (!started) {
                        try {
                            LOG.severe(DEPLOYMENT_FAILED);
                            flushLogs();
                        } finally {
                            runtime.halt(EXIT_CODE);
                        }
                    }
                },
                "gaitway-startup-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static Thread findMainThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("main") && t.getId() == 1)
                .findFirst()
                .orElse(null);
    }
}
