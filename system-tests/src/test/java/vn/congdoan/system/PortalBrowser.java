package vn.congdoan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (Selenium Manager never runs:
 * both paths are given), on the portal. Each page the test looks at is checked by axe-core (no
 * serious or critical violation) and photographed at 360 and 1280 px wide into
 * {@code target/screenshots/}.
 */
final class PortalBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;

    private final ChromeDriver driver;
    private final Path profile;
    private final String portal;
    private final List<String> axeFindings = new ArrayList<>();
    private int pagesChecked;
    private int axeRulesPassed;

    PortalBrowser(String portalUrl) {
        this.portal = portalUrl;
        try {
            profile = Files.createTempDirectory("portal-browser-profile");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens a page of the portal by its path, or any address. */
    PortalBrowser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : portal + pathOrUrl);
        return this;
    }

    /** The identity provider's own login form, as a person fills it in. */
    PortalBrowser signIn(String username, String password) {
        assertThat(driver.findElements(By.name("username"))).as("the provider's login form at " + url()).isNotEmpty();
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // the provider's answer goes through its authorization endpoint and the portal's callback:
        // a chain of redirects across two origins that the click does not wait for
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(portal));
        } catch (TimeoutException e) {
            assertThat(url()).as("back at the portal after signing in; the page says: " + text("body")).startsWith(portal);
        }
        return this;
    }

    /** Signs out with the header's button: the portal's session and the provider's end. */
    PortalBrowser signOut() {
        click("form[action$='/logout'] button");
        // the portal's logout goes on to the provider's end-session endpoint, back to the portal's
        // home page and, signed out, on to the provider's login form
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.name("username")).isEmpty());
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Replaces a field's value. */
    PortalBrowser type(String css, String value) {
        WebElement field = element(css);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Chooses the option of a drop-down list by its value. */
    PortalBrowser choose(String css, String value) {
        new Select(element(css)).selectByValue(value);
        return this;
    }

    /**
     * Clicks; a click that leaves the page (a link, a form's submit button) returns once the next
     * page is there, as a person would see it, not while the browser still shows the old one.
     */
    PortalBrowser click(String css) {
        WebElement target = element(css);
        boolean leavesThePage = "a".equals(target.getTagName()) && target.getDomAttribute("href") != null
                || "submit".equals(target.getDomProperty("type"));
        if (leavesThePage) {
            script("window.portalBrowserLeaving = true");
        }
        target.click();
        if (leavesThePage) {
            // a new document brings a new window object without the mark; while the browser is between
            // documents, Chromium answers element and script commands with errors of its own (a node
            // "that does not belong to the document"), so those are waited out too
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE
                    .equals(script("return window.portalBrowserLeaving === undefined && document.readyState === 'complete'")));
        }
        return this;
    }

    /** The unread count in the header (0 when the badge is absent). */
    long unread() {
        return has("#unread-count") ? Long.parseLong(element("#unread-count").getDomAttribute("data-count")) : 0;
    }

    /** The main heading. */
    String heading() {
        return text("main h1");
    }

    /**
     * axe-core's WCAG 2.x A/AA rules on the page as it is (no serious or critical violation
     * allowed), then screenshots of the whole page at 360 and 1280 px wide named {@code name}.
     */
    PortalBrowser check(String name) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                "best-practice")).analyze(driver);
        assertThat(results.getPasses()).as("axe-core ran its rules on " + name).isNotEmpty();
        axeRulesPassed += results.getPasses().size();
        pagesChecked++;
        for (Rule violation : results.getViolations()) {
            axeFindings.add(name + ": " + violation.getImpact() + " " + violation.getId() + " (" + violation.getNodes().size()
                    + " elements): " + violation.getHelp());
        }
        assertThat(results.getViolations()).as("axe-core's serious or critical violations on " + name + " (" + url() + ")")
                .filteredOn(v -> BLOCKING.contains(v.getImpact()))
                .extracting(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .isEmpty();
        screenshot(name, PHONE);
        screenshot(name, DESKTOP);
        driver.manage().window().setSize(new Dimension(DESKTOP, 900));
        return this;
    }

    private void screenshot(String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"
                + " + window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 8000)));
        assertThat(((Number) script("return document.documentElement.scrollWidth")).longValue())
                .as(name + " fits " + width + " px without scrolling sideways").isLessThanOrEqualTo(width);
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(file, SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What Chromium's Navigation and Resource Timing say of the page just loaded: bytes of the
     * document and of every sub-resource as they came over the wire and decoded, and the times from
     * the start of navigation to the first byte, the first contentful paint and the load event.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> timing() {
        return (Map<String, Object>) script("""
                const nav = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                return {
                  documentTransferred: nav.transferSize, documentDecoded: nav.decodedBodySize,
                  resources: resources.map(r => r.name.replace(location.origin, '') + ' ' + r.decodedBodySize + ' B'),
                  resourcesTransferred: resources.reduce((sum, r) => sum + r.transferSize, 0),
                  resourcesDecoded: resources.reduce((sum, r) => sum + r.decodedBodySize, 0),
                  timeToFirstByteMs: nav.responseStart - nav.startTime,
                  firstContentfulPaintMs: paint ? paint.startTime : -1,
                  domContentLoadedMs: nav.domContentLoadedEventEnd - nav.startTime,
                  loadMs: nav.loadEventEnd - nav.startTime
                };""");
    }

    /** How many pages were checked, the rules they passed, and every finding of any impact (the blocking ones failed {@link #check}). */
    String axeSummary() {
        return pagesChecked + " pages checked, " + axeRulesPassed + " rule passes, " + axeFindings.size() + " findings"
                + (axeFindings.isEmpty() ? "" : ":\n" + String.join("\n", axeFindings));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("[portal] the browser profile " + profile + " stays: " + e);
        }
    }
}
