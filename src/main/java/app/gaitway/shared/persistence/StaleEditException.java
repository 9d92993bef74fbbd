package app.gaitway.shared.persistence;

import java.util.OptionalInt;

/**
 * "Someone else saved this record first": the one type for it, however it was found. Either
 * the form was built from an older version than the one stored (the version is known), or
 * the database's version column caught a real race at commit ({@link StaleEdits#translated}
 * turns that into this type). Controllers answer with the conflict message, the current
 * record and the user's own input kept; where a controller does not, the exception mapper
 * answers 409 with the app's own page.
 */
public class StaleEditException extends RuntimeException {

    private final Integer currentVersion;

    public StaleEditException(int currentVersion) {
        super("Record was changed by someone else (now at version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    /** A race the database caught: the stored version is not known here. */
    public StaleEditException(Throwable cause) {
        super("Record was changed by someone else while this change was saved", cause);
        this.currentVersion = null;
    }

    public OptionalInt currentVersion() {
        return currentVersion == null ? OptionalInt.empty() : OptionalInt.of(currentVersion);
    }
}
