package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The main flow with the keyboard only: no click from login to closing a contact. */
class KeyboardBrowserTest extends BrowserTestBase {

    @Test
    void logInSearchOpenAContactAndCloseItWithTheKeyboardOnly() {
        createUser("giulia", "USER", "1002", "en");
        expect(201, apiAs("giulia", USER_PASSWORD).send("POST", "/api/v1/contacts",
            "{\"firstName\":\"Anna\",\"lastName\":\"Bianchi\",\"company\":\"Acme\",\"workPhone\":\"+39 06 1234 5678\","
                + "\"email\":\"anna@example.com\",\"notes\":\"calls back after 3 pm\",\"visibility\":\"private\"}"));
        Page page = newPage("en-GB");
        Keyboard keys = page.keyboard();
        page.navigate(baseUrl() + "/");

        // log in: the focus starts in the user name, Tab moves to the password, Enter submits
        assertThat(page.locator("input[name=username]")).isFocused();
        keys.type("giulia");
        keys.press("Tab");
        assertThat(page.locator("input[name=password]")).isFocused();
        keys.type(USER_PASSWORD);
        keys.press("Enter");
        assertThat(page.locator("[data-test=whoami]")).containsText("giulia");

        // the first Tab reaches "skip to content", which jumps past the navigation
        keys.press("Tab");
        assertThat(page.locator("[data-test=skip]")).isFocused();
        keys.press("Enter");
        assertThat(page.locator("main")).isFocused();

        // the phonebook tabs: Tab reaches the selected one, arrows, Home and End move across them
        Locator search = page.locator("[data-search]");
        keys.press("/");
        assertThat(search).isFocused();
        keys.press("Tab");
        assertThat(page.locator("[data-tab=internal]")).isFocused();
        keys.press("ArrowRight");
        assertThat(page.locator("[data-tab=shared]")).isFocused();
        assertThat(page.locator("[data-tab=shared]")).hasAttribute("aria-selected", "true");
        keys.press("End");
        assertThat(page.locator("[data-tab=personal]")).isFocused();
        assertThat(page.locator("[data-book=personal] tr[data-contact='Anna Bianchi']")).isVisible();
        keys.press("ArrowRight");
        assertThat(page.locator("[data-tab=internal]")).isFocused();
        keys.press("ArrowLeft");
        assertThat(page.locator("[data-tab=personal]")).hasAttribute("aria-selected", "true");

        // search: "/" and type; Tab reaches the first hit, Enter opens it
        keys.press("/");
        keys.type("Bianchi");
        Locator open = page.locator("[data-test=search-results] tr[data-result='Anna Bianchi'] [data-test=open]");
        assertThat(open).isVisible();
        keys.press("Tab");
        assertThat(open).isFocused();
        keys.press("Enter");

        // the dialog takes the focus, keeps Tab inside, shows the whole contact; Esc closes it
        Locator dialog = page.locator("[data-test=dialog]");
        assertThat(dialog).isVisible();
        assertThat(dialog.locator("[data-test=close-dialog]")).isFocused();
        assertThat(dialog.locator("[data-test=contact-details]")).containsText("+39 06 1234 5678");
        assertThat(dialog.locator("[data-test=contact-details]")).containsText("calls back after 3 pm");
        screenshot(page, "40-keyboard-contact-dialog");
        for (int i = 0; i < 8; i++) {
            keys.press("Tab");
            assertThat(page.locator("[data-test=dialog] :focus")).hasCount(1);
        }
        keys.press("Escape");
        assertThat(dialog).hasCount(0);
        assertThat(open).isFocused();

        // Esc in the search box clears it and the tabs come back
        keys.press("Shift+Tab");
        assertThat(search).isFocused();
        keys.press("Escape");
        assertThat(search).hasValue("");
        assertThat(page.locator("[data-tab=personal]")).isVisible();
    }
}
