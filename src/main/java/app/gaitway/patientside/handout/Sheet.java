package app.gaitway.patientside.handout;

/**
 * What is printed from a program: the whole handout (every exercise explained, a two-week log), or the one-page
 * sheet for the fridge (every exercise as a row with a small picture and a week of tick boxes).
 */
public enum Sheet {
    HANDOUT("handout-pdf.html", "home-exercises.pdf", "handout pdf"),
    FRIDGE("fridge-sheet-pdf.html", "exercise-week.pdf", "fridge sheet pdf");

    /** The template, next to {@link HandoutPdf#TEMPLATE}. */
    final String file;

    public final String fileName;
    public final String auditDetail;

    Sheet(String file, String fileName, String auditDetail) {
        this.file = file;
        this.fileName = fileName;
        this.auditDetail = auditDetail;
    }
}
