package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A user manages their personal contacts: add, find, edit, delete. */
class PersonalContactBrowserTest extends BrowserTestBase {

    @Test
    void addFindEditAndDeleteAPersonalContact() {
        createUser("giulia", "USER", "1002", "en");
        Page page = loginAs("giulia", USER_PASSWORD, "en-GB");
        page.locator("[data-tab=personal]").click();

        // add: the form opens with the focus in its first field, Enter saves
        page.locator("[data-test=add-contact]").click();
        Locator form = page.locator("[data-test=contact-form]");
        assertThat(form.locator("input[name=firstName]")).isFocused();
        form.locator("input[name=firstName]").fill("Anna");
        form.locator("input[name=lastName]").fill("Bianchi");
        form.locator("input[name=company]").fill("Acme");
        form.locator("input[name=mobilePhone]").fill("+393331234567");
        form.locator("select[name=visibility]").selectOption("speeddial");
        form.locator("input[name=lastName]").press("Enter");
        Locator row = page.locator("[data-book=personal] tr[data-contact='Anna Bianchi']");
        assertThat(row).containsText("Acme");
        assertThat(row).containsText("+393331234567");
        assertThat(row).containsText("Speed dial");
        screenshot(page, "10-phonebook-personal");

        // find: "/" focuses the one search box, which searches every phonebook
        page.locator("h2").click();
        page.keyboard().press("/");
        Locator search = page.locator("[data-search]");
        assertThat(search).isFocused();
        page.keyboard().type("Bianchi");
        Locator result = page.locator("[data-test=search-results] tr[data-result='Anna Bianchi']");
        assertThat(result).containsText("Personal");
        assertThat(result).containsText("+393331234567");
        screenshot(page, "11-phonebook-search");
        search.press("Escape");

        // edit
        page.locator("[data-tab=personal]").click();
        row.locator("[data-test=edit]").click();
        assertThat(form.locator("input[name=company]")).hasValue("Acme");
        form.locator("input[name=company]").fill("Acme SpA");
        form.locator("[data-test=save]").click();
        assertThat(row).containsText("Acme SpA");
        assertThat(form).hasCount(0);

        // delete (the UI asks first; the test accepts)
        row.locator("[data-test=delete]").click();
        assertThat(row).hasCount(0);
        Api.Resp mine = expect(200, apiAs("giulia", USER_PASSWORD).get("/api/v1/contacts"));
        assertThat(mine.json().get("items").size()).isZero();
    }
}
