package org.toolsmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.toolsmith.runtime.system.Config;

/**
 * The whole path as a person takes it, in headless Chromium: Debian's {@code /usr/bin/chromium}
 * through {@code /usr/bin/chromedriver}, both named so that Selenium Manager never downloads one.
 * Without them the test fails and says what to install; it never skips.
 */
class PagesBrowserTest {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void a_person_describes_a_tool_creates_it_adds_two_records_sees_them_and_searches_one() {
        assertTrue(CHROMIUM.canExecute(), "No browser at " + CHROMIUM + ": install Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver; .ci/run does) to run this test.");
        assertTrue(CHROMEDRIVER.canExecute(), "No driver at " + CHROMEDRIVER + ": install Debian's chromium-driver"
                + " (apt-get install chromium-driver; .ci/run does) to run this test.");
        try (ToolsmithServer server = ToolsmithServer.start(ServerFixture.config(data))) {
            WebDriver browser = chromium();
            try {
                walkThrough(browser, "http://127.0.0.1:" + server.port());
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void a_colleague_opens_a_shared_tool_from_the_catalog_and_sees_only_their_own_records_without_hidden_fields() {
        assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "install Debian's chromium and chromium-driver");
        try (ServerFixture admin = ServerFixture.start(data)) {
            String password = "olga's long password";
            assertEquals(201, admin.post("/api/users", "{\"login\": \"olga\", \"name\": \"Olga\", \"password\": \""
                    + password + "\"}").status());
            String slug = admin.post("/api/apps", """
                    {"spec": {"spec": 1, "name": "Supply requests", "entities": [{"key": "request", "name": "Request",
                      "plural": "Requests", "title": "title", "fields": [
                        {"key": "title", "label": "Title", "type": "text", "required": true},
                        {"key": "budget", "label": "Budget", "type": "money"}]}],
                     "access": [{"entity": "request", "rows": "own", "see_all": ["Finance"]},
                                {"entity": "request", "field": "budget", "visible_to": ["Finance"]}]}}""").json().get("slug").asText();
            assertEquals(201, admin.post("/api/apps/" + slug + "/request", "{\"title\": \"Admin's secret request\"}").status());
            assertEquals(200, admin.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"everyone\", "
                    + "\"rights\": [\"view_own\", \"add\", \"edit_own\"]}]}").status());
            admin.publish(slug); // a new app reaches others only once IT approves it

            WebDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + admin.server().port();
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(base + "/catalog");
                browser.findElement(By.id("login")).sendKeys("olga");
                browser.findElement(By.id("password")).sendKeys(password);
                browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
                wait.until(ExpectedConditions.urlContains("/catalog"));
                browser.findElement(By.linkText("Supply requests")).click();
                wait.until(ExpectedConditions.urlContains("/apps/" + slug + "/"));
                assertTrue(browser.findElements(By.cssSelector("tbody tr")).isEmpty(), "she sees none of the admin's records");
                browser.findElement(By.cssSelector(".page-head a.button.primary")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.record-form")));
                assertTrue(browser.findElements(By.cssSelector("form.record-form [name=budget]")).isEmpty(), "no input for the budget");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.record-form")));
                browser.findElement(By.cssSelector("form.record-form input[name=title]")).sendKeys("Olga needs paper");
                browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
                List<String> rows = browser.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
                assertEquals(1, rows.size(), rows.toString());
                assertTrue(rows.get(0).contains("Olga needs paper"), rows.toString());
                assertFalse(browser.getPageSource().contains("Admin's secret request"));
                assertTrue(browser.findElement(By.cssSelector(".page-head a[href$='export.csv']")).isDisplayed(), "an export button");

                String mine = admin.get("/api/apps/" + slug + "/request?q=paper").json().get("items").get(0).get("id").asText();
                assertEquals(200, admin.patch("/api/apps/" + slug + "/request/" + mine, "{\"budget\": \"4321.00\"}").status());
                browser.navigate().refresh();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tbody tr")));
                String list = browser.getPageSource();
                assertFalse(list.contains("4321") || list.contains("Budget"), "the list has no budget column for her");
                browser.findElement(By.linkText("Olga needs paper")).click();
                wait.until(ExpectedConditions.urlContains("/request/" + mine));
                String detail = browser.getPageSource();
                assertTrue(detail.contains("Olga needs paper"), detail);
                assertFalse(detail.contains("4321") || detail.contains("Budget"), "nor the detail page");
            } finally {
                browser.quit();
            }
        }
    }

    private WebDriver chromium() {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }

    private void walkThrough(WebDriver browser, String base) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/");
        assertTrue(browser.getCurrentUrl().contains("/login"), "a person who is not signed in is sent to sign in");
        browser.findElement(By.id("login")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ServerFixture.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertEquals("Describe your tool", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("request")).sendKeys(PagesFlowTest.REQUEST);
        browser.findElement(By.cssSelector("form[action='/drafts'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/drafts/"));
        assertFalse(browser.findElements(By.cssSelector(".words li")).isEmpty(), "the draft is shown in plain words");

        browser.findElement(By.cssSelector(".create button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/apps/[a-z0-9-]+/$"));
        String listUrl = browser.findElement(By.cssSelector(".kinds a[aria-current=page]")).getAttribute("href");

        for (int n = 1; n <= 2; n++) {
            browser.findElement(By.cssSelector(".page-head a.button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.record-form")));
            fill(browser, browser.findElement(By.cssSelector("form.record-form")), n);
            browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
            assertTrue(browser.findElement(By.cssSelector(".notice")).getText().startsWith("Added"),
                    browser.findElement(By.tagName("main")).getText());
        }
        browser.get(listUrl);
        List<String> rows = browser.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertEquals(2, rows.size(), "both records are in the list: " + rows);

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("Item 02");
        search.submit();
        wait.until(ExpectedConditions.urlContains("q=Item"));
        List<WebElement> found = browser.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, found.size());
        assertTrue(found.get(0).getText().contains("Item 02"), found.get(0).getText());
    }

    /** Types a value into every control, as a person would; dates are set directly (their widgets vary by locale). */
    private static void fill(WebDriver browser, WebElement form, int n) {
        for (WebElement e : form.findElements(By.cssSelector("input, select, textarea"))) {
            String type = e.getAttribute("type");
            if (e.getTagName().equals("select")) {
                Select select = new Select(e);
                if (select.getOptions().size() > 1) {
                    select.selectByIndex(1);
                }
                continue;
            }
            switch (type == null ? "" : type) {
                case "hidden", "file", "submit", "checkbox" -> {
                }
                case "date" -> setValue(browser, e, "2026-01-%02d".formatted(n));
                case "datetime-local" -> setValue(browser, e, "2026-01-%02dT10:30".formatted(n));
                case "number" -> e.sendKeys(String.valueOf(n));
                case "email" -> e.sendKeys("person%02d@example.com".formatted(n));
                case "url" -> e.sendKeys("https://example.com/%02d".formatted(n));
                case "tel" -> e.sendKeys("+1 555 01%02d".formatted(n));
                default -> e.sendKeys("Item %02d".formatted(n));
            }
        }
    }

    private static void setValue(WebDriver browser, WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
