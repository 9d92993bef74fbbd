package app.gaitway.patients;

/** Which side the complaint is on; NONE for a complaint on neither side (low back). Not recorded is null. */
public enum AffectedSide {
    LEFT,
    RIGHT,
    BOTH,
    NONE
}
