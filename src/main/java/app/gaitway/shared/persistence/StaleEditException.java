package app.gaitway.shared.persistence;

/**
 * The user submitted a form built from an older version of a record than the one now
 * stored: someone else changed it in between. Controllers answer with the conflict
 * message, the current record and the user's own input kept.
 */
public class StaleEditException extends RuntimeException {

    private final int currentVersion;

    public StaleEditException(int currentVersion) {
        super("Record was changed by someone else (now at version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
