package app.gaitway.patientside.handout;

/** The paper a clinic prints on: its size, and the date style that goes with it where it is common. */
public enum Paper {
    A4(210, 297, "d MMMM yyyy"),
    LETTER(215.9f, 279.4f, "MMMM d, yyyy");

    final float widthMm;
    final float heightMm;
    final String datePattern;

    Paper(float widthMm, float heightMm, String datePattern) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.datePattern = datePattern;
    }
}
