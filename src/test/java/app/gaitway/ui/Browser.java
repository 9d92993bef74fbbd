package app.gaitway.ui;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium for one test, driven through the system's chromedriver (so
 * Selenium Manager never downloads anything), with a fresh profile that is deleted at
 * the end. Paths come from -Dchromium.binary and -Dchromedriver.path.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    public static Browser open(String baseUrl) {
        return open(baseUrl, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    public static Browser open(String baseUrl, int width, int height) {
        try {
            Path profile = Files.createTempDirectory("gaitway-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--no-first-run",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().window().setSize(new Dimension(width, height));
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    /** The path of the page shown, without host and query. */
    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
    }

    /**
     * Saves the whole page as target/screenshots/NAME.png: the window is made as tall as
     * the page for the picture (same width, so the layout does not change), then restored.
     */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            long pageHeight = ((Number) ((JavascriptExecutor) driver)
                            .executeScript("return Math.ceil(document.documentElement.scrollHeight);"))
                    .longValue();
            long innerHeight =
                    ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;")).longValue();
            if (pageHeight > innerHeight) {
                driver.manage().window().setSize(new Dimension(window.getWidth(), (int)
                        Math.min(6000, window.getHeight() + pageHeight - innerHeight)));
            }
            Path dir = Path.of(System.getProperty("gaitway.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Whether the page is wider than the window (a horizontal scrollbar on a phone). */
    public boolean overflowsHorizontally() {
        Object result = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(result);
    }

    public long innerWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    /** Shown in failure messages. */
    @Override
    public String toString() {
        return "Browser at " + driver.getCurrentUrl();
    }
}
