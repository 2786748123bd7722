package org.toolsmith.runtime.studio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.toolsmith.draft.llm.LlmSettings;
import org.toolsmith.runtime.ToolsmithServer;
import org.toolsmith.runtime.ServerFixture;

/**
 * In headless Chromium, with an AI service too slow to wait for: the home page shows the drafting
 * steps, Stop ends them, and the draft page says the built-in engine made the draft.
 */
class DraftProgressBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void a_person_sees_the_steps_stops_a_slow_ai_service_and_gets_a_draft_that_says_so() throws IOException {
        assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does).");
        HttpServer slowAi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slowAi.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        slowAi.createContext("/", ex -> {
            try (ex) {
                Thread.sleep(30_000);
                ex.sendResponseHeaders(500, -1);
            } catch (InterruptedException | IOException e) {
                // stopped at the end of the test
            }
        });
        slowAi.start();
        LlmSettings llm = LlmSettings.fromEnvironment(Map.of("TOOLSMITH_LLM_PROVIDER", "openai",
                "TOOLSMITH_LLM_BASE_URL", "http://127.0.0.1:" + slowAi.getAddress().getPort() + "/v1",
                "TOOLSMITH_LLM_TIMEOUT_SECONDS", "60", "TOOLSMITH_LLM_MAX_RETRIES", "0"));
        try (ToolsmithServer server = ToolsmithServer.start(ServerFixture.config(data), llm)) {
            WebDriver browser = chromium();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                signIn(browser, wait, "http://127.0.0.1:" + server.port());
                browser.findElement(By.id("request")).sendKeys(DraftApiTest.LAPTOPS);
                browser.findElement(By.cssSelector("form[action='/drafts'] button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".progress-step"), "Drafting…"));
                browser.findElement(By.cssSelector(".progress button.stop")).click();
                wait.until(ExpectedConditions.urlContains("/drafts/"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".conversation"), "You stopped the AI service"));
                assertTrue(browser.findElements(By.cssSelector(".words li")).size() > 0, "the draft is shown in plain words");
            } finally {
                browser.quit();
            }
        } finally {
            slowAi.stop(0);
        }
    }

    @Test
    void a_person_refines_through_the_agent_and_sees_its_steps_in_the_chat() throws IOException {
        assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does).");
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer ai = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ai.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        ai.createContext("/", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                String message = switch (calls.getAndIncrement()) {
                    case 0 -> "{\"role\": \"assistant\", \"content\": " + quote(SPEC) + "}";
                    case 1 -> "{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"call_1\", \"type\": \"function\","
                            + " \"function\": {\"name\": \"add_field\", \"arguments\": "
                            + quote("{\"kind\": \"loan\", \"label\": \"Notes\", \"type\": \"long_text\"}") + "}}]}";
                    default -> "{\"role\": \"assistant\", \"content\": \"Added the notes.\"}";
                };
                byte[] body = ("{\"id\": \"c\", \"object\": \"chat.completion\", \"created\": 1, \"model\": \"m\", \"choices\": [{\"index\": 0,"
                        + " \"message\": " + message + ", \"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 10, \"completion_tokens\": 5}}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
        });
        ai.start();
        LlmSettings llm = LlmSettings.fromEnvironment(Map.of("TOOLSMITH_LLM_PROVIDER", "openai",
                "TOOLSMITH_LLM_BASE_URL", "http://127.0.0.1:" + ai.getAddress().getPort() + "/v1", "TOOLSMITH_LLM_STREAM", "false"));
        try (ToolsmithServer server = ToolsmithServer.start(ServerFixture.config(data), llm)) {
            WebDriver browser = chromium();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                signIn(browser, wait, "http://127.0.0.1:" + server.port());
                browser.findElement(By.id("request")).sendKeys("Track laptop loans");
                browser.findElement(By.cssSelector("form[action='/drafts'] button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chat-text"))).sendKeys("add notes");
                browser.findElement(By.cssSelector("form[action$='/messages'] button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".conversation"),
                        "AI step add_field: Applied: Added Notes (long text) to Loan."));
                assertTrue(browser.findElement(By.cssSelector(".words")).getText().contains("Notes"));
            } finally {
                browser.quit();
            }
        } finally {
            ai.stop(0);
        }
    }

    private static final String SPEC = "{\"spec\": 1, \"name\": \"Laptop loans\", \"entities\": [{\"key\": \"loan\", \"name\": \"Loan\","
            + " \"plural\": \"Loans\", \"fields\": [{\"key\": \"asset_tag\", \"label\": \"Asset tag\", \"type\": \"text\","
            + " \"required\": true, \"unique\": false, \"options\": [], \"target\": null}]}]}";

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Signs in as the test admin, who may draft; the home page follows. */
    private static void signIn(WebDriver browser, WebDriverWait wait, String base) {
        browser.get(base + "/");
        browser.findElement(By.id("login")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ServerFixture.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request")));
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
