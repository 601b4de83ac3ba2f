package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The user's own profile: contact details, and the password. */
class ProfileBrowserTest extends BrowserTestBase {

    @Test
    void aUserChangesTheirMobileAndPassword() {
        createUser("dario", "USER", "1007", "en");
        Page page = loginAs("dario", USER_PASSWORD, "en-GB");
        page.locator("[data-nav=profile]").click();
        Locator profile = page.locator("[data-test=profile-form]");
        profile.locator("input[name=mobile]").fill("+393401234567");
        profile.locator("input[name=email]").fill("dario@example.com");
        profile.locator("input[name=email]").press("Enter");
        assertThat(profile.locator("[data-test=notice]")).isVisible();
        var me = expect(200, apiAs("dario", USER_PASSWORD).get("/api/v1/me")).json();
        assertThat(me.get("mobile").asString()).isEqualTo("+393401234567");
        assertThat(me.get("email").asString()).isEqualTo("dario@example.com");

        Locator password = page.locator("[data-test=password-form]");
        password.locator("input[name=currentPassword]").fill("not-my-password");
        password.locator("input[name=newPassword]").fill("a-new-password-2026");
        password.locator("input[name=repeat]").fill("a-new-password-2026");
        password.locator("input[name=repeat]").press("Enter");
        assertThat(password.locator("[data-test=error]")).isVisible();
        assertThat(password.locator("[data-field-error=currentPassword]")).not().isEmpty();
        screenshot(page, "41-profile-password-error");

        password.locator("input[name=currentPassword]").fill(USER_PASSWORD);
        password.locator("input[name=repeat]").press("Enter");
        assertThat(password.locator("[data-test=notice]")).isVisible();
        assertThat(loginAs("dario", "a-new-password-2026", "en-GB").locator("[data-test=whoami]")).isVisible();
    }
}
