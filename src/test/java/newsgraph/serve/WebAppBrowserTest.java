package newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import newsgraph.cli.SeedStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.store.GraphStore;

/**
 * The web app in a real browser (Debian's headless Chromium through /usr/bin/chromedriver) over the
 * seed store: search, actor, click a statement, land on its sentence. Skipped where no browser can
 * start, except in CI (CI=true), where that is a failure.
 */
class WebAppBrowserTest {
    private static final String CHROMIUM = System.getProperty("newsgraph.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static GraphStore store;
    private static NewsgraphServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        browser = startBrowser();
        store = GraphStore.openExisting(SeedStore.path());
        server = NewsgraphServer.start(store.dataset(), new ServeConfig("127.0.0.1", 0, Duration.ofSeconds(30), false,
                new QueryCatalogue(Path.of("queries"))), new PrintStream(PrintStream.nullOutputStream()));
    }

    private static WebDriver startBrowser() {
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,900");
            return new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            String why = "no browser could start (" + CHROMIUM + ", " + DRIVER + "): " + e.getMessage().lines().findFirst().orElse("");
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
            return null;
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static void waitForView(String view) {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-view='" + view + "']")));
        waiting().until(d -> d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchActorStatementToItsSentence() throws Exception {
        browser.get(server.url());
        browser.findElement(By.id("search")).sendKeys("Lavrov");
        WebElement suggestion = waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='suggest']//a[contains(., 'Lavrov')]")));
        assertEquals("Sergei Lavrov", suggestion.getText(), "the longest of his names");
        suggestion.click();

        waitForView("actor");
        assertEquals("Sergei Lavrov", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("p.facts")).getText().contains("Foreign Minister"));
        List<WebElement> meetings = browser.findElements(By.cssSelector(".timeline li.meeting"));
        assertFalse(meetings.isEmpty(), "meetings on the timeline");
        assertTrue(meetings.get(0).findElement(By.cssSelector(".status")).getText().matches("(?i)held|planned|proposed|declined"));
        assertTrue(meetings.get(0).getText().contains(" with Lakhdar Brahimi"), meetings.get(0).getText());
        assertFalse(meetings.get(0).getText().contains("http"), "names, not addresses: " + meetings.get(0).getText());
        List<WebElement> statements = browser.findElements(By.cssSelector("ul.statements li q.quote"));
        assertFalse(statements.isEmpty(), "statements");
        screenshot("actor.png");

        WebElement quote = statements.stream().filter(q -> q.getText().contains("studying our invitation")).findFirst()
                .orElse(statements.get(0));
        String said = quote.getText().replaceAll("^[“\"]|[”\"]$", "");
        WebElement statementLink = quote.findElement(By.xpath("./ancestor::a[1]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", statementLink);
        statementLink.click();

        waitForView("article");
        List<WebElement> focus = browser.findElements(By.cssSelector("#article-text .focus"));
        assertFalse(focus.isEmpty(), "the sentence is highlighted");
        String sentence = focus.stream().map(WebElement::getText).collect(Collectors.joining());
        assertTrue(sentence.replaceAll("\\s+", " ").contains(said.replaceAll("\\s+", " ")), sentence + " / " + said);
        Boolean inView = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                focus.get(0));
        assertTrue(inView, "the sentence is scrolled into view");
        assertFalse(browser.findElements(By.cssSelector("#article-text .hl-statement")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#article-text .hl-actor")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector(".fact-list .fact-statement")).isEmpty(), "the facts beside the text");
        screenshot("article.png");
    }

    @Test
    void sparqlBoxRunsACatalogueQueryIntoATable() {
        browser.get(server.url() + "#/sparql");
        waitForView("sparql");
        browser.findElement(By.id("sparql-run")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#sparql-result table.results-table tbody tr")).isEmpty()
                || !d.findElements(By.cssSelector("#sparql-result .error")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#sparql-result .error")).isEmpty(),
                () -> browser.findElement(By.id("sparql-result")).getText());
        assertTrue(browser.findElement(By.cssSelector("#sparql-result thead")).getText().contains("participants"));
    }
}
