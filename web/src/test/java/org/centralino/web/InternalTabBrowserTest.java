package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Internal tab shows each extension's mobile and e-mail, numbers to call and to copy. */
class InternalTabBrowserTest extends BrowserTestBase {

    @Test
    void anExtensionShowsItsMobileAndEmailWithCallLinksAndCopyButtons() {
        createUser("giulia", "USER", "1002", "en");
        expect(201, admin.send("POST", "/api/v1/extensions", "{\"number\":\"1003\",\"name\":\"Marco Rossi\","
            + "\"email\":\"marco@example.com\",\"mobile\":\"+39 333 1234567\"}"));
        Page page = loginAs("giulia", USER_PASSWORD, "en-GB");
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));

        Locator marco = page.locator("[data-test=internal] [data-extension='1003']");
        assertThat(marco.locator("[data-test=call]")).hasAttribute("href", "tel:1003");
        Locator mobile = marco.locator("[data-test=mobile]");
        assertThat(mobile).containsText("Mobile");
        assertThat(mobile.locator("a")).hasAttribute("href", "tel:+39 333 1234567");
        Locator email = marco.locator("[data-test=email]");
        assertThat(email.locator("a")).hasAttribute("href", "mailto:marco@example.com");
        // an extension without them shows neither
        Locator own = page.locator("[data-test=internal] [data-extension='1002']");
        assertThat(own).isVisible();
        assertThat(own.locator("[data-test=mobile]")).hasCount(0);
        assertThat(own.locator("[data-test=email]")).hasCount(0);
        screenshot(page, "41-internal-mobile-email");

        mobile.locator("[data-test=copy]").click();
        assertThat(mobile.locator("[data-test=copy]")).containsText("Copied");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo("+39 333 1234567");
        email.locator("[data-test=copy]").click();
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo("marco@example.com");
    }
}
