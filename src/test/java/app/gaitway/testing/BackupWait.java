package app.gaitway.testing;

import app.gaitway.testing.WebClient.Page;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * "Back up now" runs in the background: the owner's page says a backup is under way until it is written. Tests
 * that need the file wait here, as the owner would, by reloading the page.
 */
public final class BackupWait {

    private static final String UNDER_WAY = "A backup has been under way since";

    private BackupWait() {}

    /** The backups page once no backup is under way any more. */
    public static Page untilWritten(WebClient owner, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Page page = owner.get("/admin/backups");
            assertEquals(200, page.status());
            if (!page.contains(UNDER_WAY)) {
                return page;
            }
            if (System.nanoTime() > deadline) {
                fail("the backup was still under way after " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for the backup");
            }
        }
    }
}
