package app.gaitway.assessments.ui;

import app.gaitway.ui.Browser;
import app.gaitway.ui.pages.GaitwayPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The printable report of an assessment, as shown on screen, as laid out for print, and printed to PDF. */
public class ReportPage extends GaitwayPage {

    /**
     * What shows when the page is laid out for print: the site's header and footer, the screen-only parts (the
     * text of each that shows), how many screen-only parts there are, the findings and the report head.
     */
    public record PrintLayout(
            boolean headerShown,
            boolean footerShown,
            List<String> screenOnlyShown,
            int screenOnlyParts,
            boolean findingsShown,
            boolean reportHeadShown) {}

    public ReportPage(Browser browser) {
        super(browser, "/assessments/\\d+/report");
    }

    /** The report's text, as the main part of the page shows it. */
    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Lays the page out for print (Chromium's print media emulation), reads what shows, and goes back to screen. */
    public PrintLayout printLayout() {
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            List<WebElement> screenOnly = driver.findElements(By.cssSelector(".screen-only"));
            return new PrintLayout(
                    shown(".site-header"),
                    shown(".site-footer"),
                    screenOnly.stream()
                            .filter(WebElement::isDisplayed)
                            .map(WebElement::getText)
                            .toList(),
                    screenOnly.size(),
                    shown(".findings"),
                    shown(".report-head"));
        } finally {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Prints the page to an A4 PDF with Chromium; the PDF's bytes. */
    public byte[] printToPdf() {
        Pdf pdf = ((PrintsPage) driver).print(new PrintOptions().setPageSize(PageSize.ISO_A4));
        return Base64.getDecoder().decode(pdf.getContent());
    }

    private boolean shown(String css) {
        return driver.findElement(By.cssSelector(css)).isDisplayed();
    }
}
