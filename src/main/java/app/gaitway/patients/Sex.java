package app.gaitway.patients;

/** Sex as recorded for clinical norms; a patient may prefer not to state it. Not recorded is null. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    NOT_STATED
}
