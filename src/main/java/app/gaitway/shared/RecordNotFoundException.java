package app.gaitway.shared;

/**
 * A record that does not exist, or exists in another clinic: both answer 404 alike, so
 * an id guessed from another clinic reveals nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found in the caller's clinic");
    }
}
