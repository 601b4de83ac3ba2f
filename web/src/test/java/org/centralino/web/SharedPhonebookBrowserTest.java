package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The company phonebook: the phonebook manager edits it; a plain user only reads it, and the API agrees. */
class SharedPhonebookBrowserTest extends BrowserTestBase {

    @Test
    void thePhonebookManagerEditsTheSharedPhonebookWhileAUserCannot() {
        createUser("rubrica", "PHONEBOOK_MANAGER", null, "en");
        createUser("luca", "USER", "1003", "en");

        Page manager = loginAs("rubrica", USER_PASSWORD, "en-GB");
        manager.locator("[data-tab=shared]").click();
        manager.locator("[data-book=shared] [data-test=add-contact]").click();
        Locator form = manager.locator("[data-test=contact-form]");
        form.locator("input[name=firstName]").fill("Paolo");
        form.locator("input[name=lastName]").fill("Neri");
        form.locator("input[name=company]").fill("Fornitore Srl");
        form.locator("input[name=workPhone]").fill("+390212345678");
        form.locator("input[name=workPhone]").press("Enter");
        Locator row = manager.locator("[data-book=shared] tr[data-contact='Paolo Neri']");
        assertThat(row).containsText("Fornitore Srl");
        row.locator("[data-test=edit]").click();
        form.locator("input[name=title]").fill("Buyer");
        form.locator("input[name=title]").press("Enter");
        assertThat(row).containsText("Buyer");
        screenshot(manager, "12-phonebook-shared-manager");

        Page user = loginAs("luca", USER_PASSWORD, "en-GB");
        user.locator("[data-tab=shared]").click();
        Locator seen = user.locator("[data-book=shared] tr[data-contact='Paolo Neri']");
        assertThat(seen).containsText("Buyer");
        assertThat(user.locator("[data-book=shared] [data-test=add-contact]")).hasCount(0);
        assertThat(user.locator("[data-book=shared] [data-test=import]")).hasCount(0);
        assertThat(seen.locator("[data-test=edit]")).hasCount(0);
        assertThat(seen.locator("[data-test=delete]")).hasCount(0);
        assertThat(user.locator("[data-book=shared] [data-test=export-csv]")).isVisible();
        screenshot(user, "13-phonebook-shared-user");

        // what the UI does not offer, the API refuses
        Api luca = apiAs("luca", USER_PASSWORD);
        String id = expect(200, luca.get("/api/v1/phonebook/shared")).json().get("items").get(0).get("id").asString();
        expect(403, luca.send("POST", "/api/v1/phonebook/shared", "{\"company\":\"Intruso\"}"));
        expect(403, luca.send("PATCH", "/api/v1/phonebook/shared/" + id, "{\"title\":\"Hacked\"}"));
        expect(403, luca.send("DELETE", "/api/v1/phonebook/shared/" + id, null));
        assertThat(user.locator("[data-book=shared] tr[data-contact='Paolo Neri']")).containsText("Buyer");
    }
}
