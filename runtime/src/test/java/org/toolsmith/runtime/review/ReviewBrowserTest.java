package org.toolsmith.runtime.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.toolsmith.runtime.ServerFixture;

/** IT approves a change in headless Chromium, and the app changes only then. */
class ReviewBrowserTest {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void a_reviewer_approves_on_the_review_page_and_only_then_the_app_changes() {
        assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "install Debian's chromium and chromium-driver");
        try (ServerFixture admin = ServerFixture.start(data)) {
            for (String[] p : new String[][] {{"bea", "builder"}, {"rex", "reviewer"}, {"olga", "builder"}}) {
                assertEquals(201, admin.post("/api/users", "{\"login\": \"" + p[0] + "\", \"name\": \"" + p[0]
                        + "\", \"password\": \"a long password\", \"roles\": [\"" + p[1] + "\"]}").status());
            }
            ServerFixture bea = admin.as(admin.as(null).post("/api/tokens",
                    "{\"login\": \"bea\", \"password\": \"a long password\", \"name\": \"t\"}").json().get("token").asText());
            String slug = bea.post("/api/apps", "{\"spec\": " + ReviewFlowTest.V1 + "}").json().get("slug").asText();
            ServerFixture olga = admin.as(admin.as(null).post("/api/tokens",
                    "{\"login\": \"olga\", \"password\": \"a long password\", \"name\": \"t\"}").json().get("token").asText());
            bea.post("/api/apps/" + slug + "/loan", "{\"borrower\": \"Ann\"}");
            assertEquals(200, bea.put("/api/apps/" + slug + "/sharing", "{\"grants\": [{\"to\": \"user:olga\", \"rights\": [\"view_all\"]}]}").status());
            assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"Our loans\", \"owner\": \"IT desk\"}").status());
            assertEquals(404, olga.get("/api/apps/" + slug + "/loan").status(), "version 1 is the builder's until IT approves it");

            WebDriver browser = chromium();
            try {
                String base = "http://127.0.0.1:" + admin.server().port();
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(base + "/review");
                browser.findElement(By.id("login")).sendKeys("rex");
                browser.findElement(By.id("password")).sendKeys("a long password");
                browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
                wait.until(ExpectedConditions.urlContains("/review"));
                browser.findElement(By.partialLinkText("Laptop loans")).click();
                wait.until(ExpectedConditions.urlContains("/apps/" + slug + "/review"));
                String first = browser.findElement(By.id("changes")).getText();
                assertTrue(first.contains("First version") && first.contains("Sharing: Olga gains: see all records"), first);
                assertTrue(browser.findElement(By.id("risks")).getText().contains("Widens access: Olga gains: see all records."));
                browser.findElement(By.id("approve")).click();
                wait.until(ExpectedConditions.urlContains("/apps/" + slug + "/versions"));
                assertEquals(200, olga.get("/api/apps/" + slug + "/loan").status(), "shared once approved");

                String v2 = ReviewFlowTest.V2.replace("\"required\": true}]}]}", "\"required\": false}]}]}");
                assertEquals(200, bea.put("/api/apps/" + slug + "/draft", "{\"spec\": " + v2 + "}").status());
                assertEquals(200, bea.post("/api/apps/" + slug + "/submit", "{\"note\": \"We need due dates\"}").status());
                assertFalse(bea.get("/api/apps/" + slug + "/loan").json().get("items").get(0).has("due_on"), "not live before review");
                browser.get(base + "/review");
                browser.findElement(By.partialLinkText("Laptop loans")).click();
                wait.until(ExpectedConditions.urlContains("/apps/" + slug + "/review"));
                String changes = browser.findElement(By.id("changes")).getText();
                assertTrue(changes.contains("Adds Due on (a date) to Loan"), changes);
                assertTrue(changes.contains("Removes Notes from Loan, which holds 0 values"), changes);
                assertEquals("We need due dates", browser.findElement(By.id("note")).getText());
                browser.findElement(By.id("approve")).click();
                wait.until(ExpectedConditions.urlContains("/apps/" + slug + "/versions"));
                assertTrue(browser.findElement(By.tagName("main")).getText().contains("version 2 is live"),
                        browser.findElement(By.tagName("main")).getText());
            } finally {
                browser.quit();
            }
            assertTrue(bea.get("/api/apps/" + slug + "/loan").json().get("items").get(0).has("due_on"), "live after approval");
        }
    }

    private WebDriver chromium() {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }
}
