package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Logging in and out, and the language of the UI. */
class LoginBrowserTest extends BrowserTestBase {

    @Test
    void logsInThroughTheFormAndSeesThePhonebook() {
        Page page = newPage("en-GB");
        page.navigate(baseUrl() + "/");
        assertThat(page.locator("[data-test=login-form]")).isVisible();
        assertThat(page.locator("input[name=username]")).isFocused();
        screenshot(page, "01-login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(TestServer.ADMIN_PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("[data-test=whoami]")).containsText("admin");
        // the login screen followed the browser (English); the UI now follows the user (admin: Italian)
        assertThat(page.locator("h2")).hasText("Rubrica");
        // an administrator sees the administration pages
        assertThat(page.locator("[data-nav='admin/extensions']")).isVisible();
        assertThat(page.locator("[data-nav='admin/audit']")).isVisible();
        screenshot(page, "02-phonebook-internal");

        // a reload keeps the session (the cookie), then logout ends it
        page.reload();
        assertThat(page.locator("[data-test=whoami]")).isVisible();
        page.locator("[data-test=logout]").click();
        assertThat(page.locator("[data-test=login-form]")).isVisible();
        page.reload();
        assertThat(page.locator("[data-test=login-form]")).isVisible();
    }

    @Test
    void aWrongPasswordIsToldInTheUsersLanguage() {
        Page page = newPage("en-GB");
        page.navigate(baseUrl() + "/");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill("not-the-password");
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("[data-test=error]")).hasText("Wrong username or password.");
        assertThat(page.locator("[data-test=whoami]")).hasCount(0);
    }

    @Test
    void theLoginScreenFollowsTheBrowserLanguageAndTheToggleSwitchesIt() {
        Page page = newPage("it-IT");
        page.navigate(baseUrl() + "/");
        assertThat(page.locator("button[type=submit]")).hasText("Accedi");
        page.locator("[data-lang=en]").click();
        assertThat(page.locator("button[type=submit]")).hasText("Sign in");
        page.locator("[data-lang=it]").click();
        assertThat(page.locator("button[type=submit]")).hasText("Accedi");
    }

    @Test
    void aUserSwitchesLanguageAndItStaysInTheProfile() {
        createUser("mario", "USER", "1001", "it");
        Page page = loginAs("mario", USER_PASSWORD, "en-GB");
        // the user's language wins over the browser's once logged in
        assertThat(page.locator("h2")).hasText("Rubrica");
        page.locator(".topbar [data-lang=en]").click();
        assertThat(page.locator("h2")).hasText("Phonebook");
        screenshot(page, "03-language-en");
        page.reload();
        assertThat(page.locator("h2")).hasText("Phonebook");
        page.locator(".topbar [data-lang=it]").click();
        assertThat(page.locator("h2")).hasText("Rubrica");
    }
}
