package app.gaitway.patientside.ui;

import app.gaitway.ui.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The patient's program page, opened through their link: today at a glance, the exercises, logging, the text size. */
public class PatientProgramPage extends PatientPage {

    /** A line of the "Today" list: the exercise, its dosage in a few words, its state in words, where it leads. */
    public record TodayRow(String name, String dose, String state, String target) {}

    public static final String PATH = "/p/[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}";

    public PatientProgramPage(Browser browser) {
        super(browser, PATH);
    }

    /** Opens the link as the patient would, by its full address. */
    public static PatientProgramPage open(Browser browser, String address) {
        browser.driver().get(address);
        return new PatientProgramPage(browser);
    }

    /** "For Ana". */
    public String forWhom() {
        return driver.findElement(By.cssSelector(".p-for")).getText().strip();
    }

    /** "2 of 3 exercises done today". */
    public String doneToday() {
        return driver.findElement(By.id("today-heading")).getText().strip();
    }

    public List<TodayRow> today() {
        return driver.findElements(By.cssSelector(".p-today__list > li")).stream()
                .map(li -> new TodayRow(
                        li.findElement(By.cssSelector(".p-today__name"))
                                .getText()
                                .strip(),
                        li.findElement(By.cssSelector(".p-today__dose"))
                                .getText()
                                .strip(),
                        li.findElement(By.cssSelector(".p-today__state"))
                                .getText()
                                .strip()
                                .replaceFirst("^\u2713\\s*", ""),
                        li.findElement(By.tagName("a")).getDomAttribute("href")))
                .toList();
    }

    public List<String> exerciseNames() {
        return driver.findElements(By.cssSelector("article.p-exercise h3")).stream()
                .map(h -> h.getText().strip().replaceFirst("^\\d+\\.\\s*", ""))
                .toList();
    }

    public DoItNowPage startDoItNow() {
        click(driver.findElement(By.cssSelector("main a[href$='/now?step=1']")));
        return new DoItNowPage(browser);
    }

    /** Marks the exercise at a position (0 is the first) done, with the pain (0 to 10) and how it felt. */
    public PatientProgramPage markDone(int position, int pain, String feltLabel) {
        sendRated(card(position).findElement(By.cssSelector("form.p-log-form")), pain, feltLabel);
        return new PatientProgramPage(browser);
    }

    /** "Done today", "Done 1 of 2 times today", or "" when the exercise is not done yet. */
    public String doneNote(int position) {
        List<WebElement> note = card(position).findElements(By.cssSelector(".p-done"));
        return note.isEmpty() ? "" : note.get(0).getText().strip();
    }

    /** Today's entries of an exercise as shown ("Logged at 9:14, pain 3 of 10, about right (change or remove)"). */
    public List<String> entries(int position) {
        return card(position).findElements(By.cssSelector(".p-entries summary")).stream()
                .map(s -> s.getText().strip())
                .toList();
    }

    public boolean canMarkDone(int position) {
        return !card(position).findElements(By.cssSelector(".p-log-form")).isEmpty();
    }

    /** "Larger text" (or "Normal text" when large print is on). */
    public PatientProgramPage switchTextSize() {
        click(driver.findElement(By.cssSelector(".p-tools form[action$='/text-size'] button")));
        return new PatientProgramPage(browser);
    }

    public String textSizeButton() {
        return driver.findElement(By.cssSelector(".p-tools form[action$='/text-size'] button"))
                .getText()
                .strip();
    }

    private WebElement card(int position) {
        return driver.findElement(By.id("item-" + position));
    }
}
