package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centralino.core.registrar.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browser tests: Debian's Chromium, driven by Playwright, against the real stack ({@link TestServer}) on a fresh
 * SQLite file per test. Playwright never downloads a browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, and the executable
 * path); without /usr/bin/chromium the tests are skipped, not failed (CI installs it).
 */
abstract class BrowserTestBase {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final String USER_PASSWORD = "user-password-for-tests";
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync");

    static Playwright playwright;
    static Browser browser;

    @TempDir
    Path dir;
    TestServer server;
    /** The API as the administrator (bearer token): how tests set up users and data the UI then shows. */
    Api admin;
    private final List<BrowserContext> contexts = new ArrayList<>();

    /** A failed test leaves a picture of every page it had open, to see what the user would have seen. */
    @RegisterExtension
    final AfterTestExecutionCallback picturesOfFailures = test -> {
        if (test.getExecutionException().isPresent()) {
            int i = 0;
            for (BrowserContext context : contexts) {
                for (Page page : context.pages()) {
                    screenshot(page, "failed-" + test.getRequiredTestMethod().getName() + "-" + (i++));
                }
            }
        }
    };

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": browser tests skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void startServer() {
        server = new TestServer(dir);
        admin = server.api().login();
    }

    @AfterEach
    void stopServer() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        if (server != null) {
            server.close();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.web.port();
    }

    /** A fresh browser (own cookies) in the given language, with a laptop-sized window. */
    Page newPage(String language) {
        return newPage(language, 1366, 800);
    }

    /** A fresh browser (own cookies) in the given language and window size. */
    Page newPage(String language, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
            .setLocale(language).setViewportSize(width, height).setAcceptDownloads(true));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        Page page = context.newPage();
        page.onDialog(dialog -> dialog.accept()); // the UI asks before deleting
        page.onPageError(error -> System.err.println("page error: " + error));
        return page;
    }

    /** Opens the UI and logs in through the login form; returns once the app shell shows the user. */
    Page loginAs(String username, String password, String language) {
        Page page = newPage(language);
        page.navigate(baseUrl() + "/");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("[data-test=whoami]")).isVisible();
        return page;
    }

    Page loginAsAdmin() {
        return loginAs("admin", TestServer.ADMIN_PASSWORD, "en-GB");
    }

    /** Creates an extension and a user who owns it (null extension: a user without one), through the API. */
    void createUser(String username, String role, String extension, String language) {
        if (extension != null) {
            expect(201, admin.send("POST", "/api/v1/extensions",
                "{\"number\":\"" + extension + "\",\"name\":\"" + username + "\"}"));
        }
        expect(201, admin.send("POST", "/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\""
            + USER_PASSWORD + "\",\"displayName\":\"" + username + "\",\"role\":\"" + role + "\",\"extension\":"
            + (extension == null ? "null" : "\"" + extension + "\"") + ",\"language\":\"" + language + "\"}"));
    }

    /** A phone of that extension registers (presence: available), as the registrar would record it. */
    void registerPhone(String extension) {
        server.locations.update(extension, m -> m.put("sip:" + extension + "@127.0.0.1:5062",
            new Binding(extension, "sip:" + extension + "@127.0.0.1:5062", "udp:127.0.0.1:5062",
                Instant.now().plusSeconds(600), "cid-" + extension, 1, "phone", 1000, Instant.now())));
    }

    /** The API as that user (a bearer token of their own). */
    Api apiAs(String username, String password) {
        Api api = server.api();
        Api.Resp r = api.send("POST", "/api/v1/auth/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        expect(200, r);
        api.token = r.json().get("token").stringValue();
        return api;
    }

    static Api.Resp expect(int status, Api.Resp r) {
        assertThat(r.status()).as("answer %s", r).isEqualTo(status);
        return r;
    }

    /** Keeps a picture of the screen under target/screenshots (the build output) for people to look at. */
    void screenshot(Page page, String name) {
        Path out = Paths.get(System.getProperty("centralino.screenshots", "target/screenshots")).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(out).setFullPage(true));
    }
}
