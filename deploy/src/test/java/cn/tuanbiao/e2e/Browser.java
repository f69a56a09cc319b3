package cn.tuanbiao.e2e;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A fresh headless Debian chromium per test (its own profile, so no cookies carry over), with the
 * few gestures our tests need on Vaadin components. Never downloads a browser or a driver: both
 * come from the system, so Selenium Manager has nothing to do. Downloads land in the profile
 * ({@link #download(By)}). On failure it saves a screenshot
 * and the page source to {@code target/e2e-<test>.png|.html}.
 *
 * <p>Use as {@code @RegisterExtension final Browser browser = new Browser();}.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * Selenium ships CDP bindings for a few Chrome versions only; Debian's chromium is newer, which
     * Selenium reports at every start. WebDriver commands do not use CDP, so those warnings are noise.
     */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools"), Logger.getLogger("org.openqa.selenium.chromium"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private ChromeDriver driver;
    private Path profile;
    private Path downloads;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=en-US", "--user-data-dir=" + profile);
        downloads = Files.createDirectories(profile.resolve("e2e-downloads"));
        // An English-speaking browser: the workspace must still come up in Chinese. Files a test
        // downloads are saved without asking, into the profile's own folder.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false,
                "download.directory_upgrade", true, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (context.getExecutionException().isPresent() && driver != null) {
                keepEvidence(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            }
        } finally {
            if (driver != null) {
                driver.quit();
            }
            deleteProfile();
        }
    }

    // ---- navigation ------------------------------------------------------------------------

    /** Opens a path on the running server, e.g. {@code open("/")}. */
    public void open(String path) {
        driver.get(RunningServer.url(path));
    }

    /** Signs in through the sign-in form and waits for the workspace to appear. */
    public void signInAs(String email, String password) {
        open("/signin");
        submitSignIn(email, password);
        waitFor(By.id("dashboard-title"));
    }

    /** Forgets the session, as a visitor who never signed in: the cookies go. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Types into the sign-in form and submits it, without waiting for the outcome. */
    public void submitSignIn(String email, String password) {
        type(By.cssSelector("vaadin-login-form input[name='username']"), email);
        type(By.cssSelector("vaadin-login-form input[name='password']"), password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
    }

    // ---- reading ---------------------------------------------------------------------------

    public String title() {
        return driver.getTitle();
    }

    /** The address the browser shows now. */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The text a person sees on the page (text slotted into web components included). */
    public String pageText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText;");
    }

    /** The visible text of an element. */
    public String text(By by) {
        return waitFor(by).getText();
    }

    /** The visible text of the element inside a component's shadow root, e.g. the sign-in error box. */
    public String shadowText(By host, String cssInShadow) {
        return until(d -> {
            WebElement inner = d.findElement(host).getShadowRoot().findElement(By.cssSelector(cssInShadow));
            return inner.isDisplayed() ? inner.getText() : null;
        });
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    // ---- waiting ---------------------------------------------------------------------------

    /** Waits until the element is there and shown, bringing it into view (Selenium judges what lies outside the window hidden). */
    public WebElement waitFor(By by) {
        return until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed()) {
                ((JavascriptExecutor) d).executeScript(
                        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            }
            return element.isDisplayed() ? element : null;
        });
    }

    /**
     * Waits until the element shows the text (and returns all its text), across page reloads. The
     * element is brought into view first, as a person would look at it: Selenium reads no text from
     * what lies outside the window.
     */
    public String waitForText(By by, String expected) {
        return until(d -> {
            String text = textInView(d, by);
            return text.contains(expected) ? text : null;
        });
    }

    /** Waits until the element's whole text is exactly {@code expected}, looking at it in view. */
    public void waitForExactText(By by, String expected) {
        until(d -> expected.equals(textInView(d, by)) ? true : null);
    }

    private static String textInView(org.openqa.selenium.WebDriver d, By by) {
        WebElement element = d.findElement(by);
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                element);
        return element.getText();
    }

    /** Waits until the page shows the text somewhere, and returns the whole page text. */
    public String waitForPageText(String expected) {
        return until(d -> {
            String text = pageText();
            return text.contains(expected) ? text : null;
        });
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        // Chrome's word for a stale element when Vaadin replaced the node between finding and reading it
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    // ---- acting ----------------------------------------------------------------------------

    public void click(By by) {
        until(d -> {
            WebElement element = d.findElement(by);
            // to the middle of the window first, as a person would: never under the fixed header, and
            // never judged hidden only because it lies outside the scrolled part of the page
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                    element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.click();
            return true;
        });
    }

    /** Scrolls an element to the middle of the window, as a person would before clicking inside a grid row. */
    public void scrollIntoView(By by) {
        WebElement element = waitFor(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }

    /** Replaces what a text input holds, as a person would: select all, then type. */
    public void type(By input, String text) {
        WebElement element = waitFor(input);
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(text);
    }

    /** Types into a combo box and commits the typed text with Enter. */
    public void typeAndEnter(By input, String text) {
        type(input, text);
        waitFor(input).sendKeys(Keys.ENTER);
    }

    /** Gives a file to a Vaadin {@code Upload}, as choosing it in the file dialog would. */
    public void upload(By uploadComponent, Path file) {
        WebElement host = waitFor(uploadComponent);
        WebElement input = until(d -> host.getShadowRoot().findElement(By.cssSelector("input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Opens a Vaadin {@code Select} and picks the option showing the given text. */
    public void choose(By select, String option) {
        click(select);
        click(By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[contains(normalize-space(.), '" + option + "')]"));
        until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
    }

    /**
     * Clicks a download link, as a person would, and waits until the browser has saved the whole
     * file (no partial {@code .crdownload} left); returns the saved file, named as the server named it.
     */
    public Path download(By link) {
        Set<Path> before = savedFiles();
        click(link);
        return until(d -> {
            List<Path> saved = savedFiles().stream().filter(f -> !before.contains(f)).toList();
            if (saved.size() != 1 || saved.get(0).getFileName().toString().endsWith(".crdownload")) {
                return null;
            }
            try {
                return Files.size(saved.get(0)) > 0 ? saved.get(0) : null;
            } catch (IOException stillBeingRenamed) {
                return null;
            }
        });
    }

    private Set<Path> savedFiles() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- evidence --------------------------------------------------------------------------

    private void keepEvidence(String name) throws IOException {
        Path target = Path.of(System.getProperty("tuanbiao.server.jar", "target/x")).toAbsolutePath().getParent();
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(target.resolve("e2e-" + name + ".png"), png);
        Files.writeString(target.resolve("e2e-" + name + ".html"), driver.getPageSource());
        System.out.println("Screenshot of the failure: " + target.resolve("e2e-" + name + ".png"));
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            // chromium may still be writing its profile; it lives in the temp dir anyway
        }
    }
}
