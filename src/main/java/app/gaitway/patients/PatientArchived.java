package app.gaitway.patients;

/**
 * Something new was asked for an archived patient (an assessment, a program or a change to one): restore the
 * patient first, so nobody records on a patient they no longer see by mistake. The caller says so to the user.
 */
public final class PatientArchived extends RuntimeException {

    public PatientArchived() {
        super(null, null, false, false);
    }
}
