package app.gaitway.patientside.adherence;

/** How a session felt, as the patient says after it. */
public enum Difficulty {
    TOO_EASY,
    ABOUT_RIGHT,
    TOO_HARD
}
