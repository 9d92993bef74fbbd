package app.gaitway.patientside.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The therapist's patient page, read for what the patient logged against a program (the adherence table). */
public class AdherencePage extends GaitwayPage {

    private final long programId;

    public AdherencePage(Browser browser, long programId) {
        super(browser, "/patients/\\d+");
        this.programId = programId;
    }

    public static AdherencePage open(Browser browser, long patientId, long programId) {
        browser.go("/patients/" + patientId);
        return new AdherencePage(browser, programId);
    }

    /** The cells of an exercise's line, as shown: last 7 days, last 30 days, pain, how it felt, today so far. */
    public List<String> line(String exercise) {
        WebElement row = report().findElement(By.xpath(".//tr[th[normalize-space()='" + exercise + "']]"));
        return row.findElements(By.tagName("td")).stream()
                .map(td -> td.getText().strip())
                .toList();
    }

    public String todaySoFar(String exercise) {
        List<String> cells = line(exercise);
        return cells.get(cells.size() - 1);
    }

    public String pain(String exercise) {
        return line(exercise).get(2);
    }

    /** On a program's first day: "Started today: 3 of 3 exercises done." */
    public String startedToday() {
        return report().findElement(By.className("adherence__started"))
                .getText()
                .strip();
    }

    /** "Logged by the patient: Knee plan". */
    public String reportHeading() {
        return report().findElement(By.tagName("h2")).getText().strip();
    }

    private WebElement report() {
        return driver.findElement(By.id("adherence-" + programId));
    }
}
