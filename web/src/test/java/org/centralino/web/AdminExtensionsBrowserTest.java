package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The administrator manages extensions in the admin page. */
class AdminExtensionsBrowserTest extends BrowserTestBase {

    @Test
    void anAdministratorCreatesEditsDisablesAndDeletesAnExtension() {
        Page page = loginAsAdmin();
        page.locator("[data-nav='admin/extensions']").click();
        Locator form = page.locator("[data-test=extension-form]");

        // a number the server refuses: its message next to the field
        page.locator("[data-test=add-extension]").click();
        assertThat(form.locator("input[name=number]")).isFocused();
        form.locator("input[name=number]").fill("12ab");
        form.locator("input[name=number]").press("Enter");
        assertThat(form.locator("[data-field-error=number]")).not().isEmpty();
        screenshot(page, "30-admin-extension-error");

        form.locator("input[name=number]").fill("2001");
        form.locator("input[name=name]").fill("Reception");
        form.locator("input[name=name]").press("Enter");
        Locator row = page.locator("[data-test=extensions] tr[data-extension='2001']");
        assertThat(row).containsText("Reception");
        assertThat(form).hasCount(0);
        // the generated SIP password is shown once, in the notice
        assertThat(page.locator("[data-test=notice]")).containsText("2001");
        assertThat(expect(200, admin.get("/api/v1/extensions/2001")).json().get("name").asString())
            .isEqualTo("Reception");
        screenshot(page, "31-admin-extensions");

        row.locator("[data-test=edit]").click();
        form.locator("input[name=name]").fill("Front desk");
        form.locator("input[name=name]").press("Enter");
        assertThat(row).containsText("Front desk");

        row.locator("button", new Locator.LocatorOptions().setHasText("Disabilita")).click();
        assertThat(row).hasClass(java.util.regex.Pattern.compile("disabled"));
        assertThat(expect(200, admin.get("/api/v1/extensions/2001")).json().get("enabled").asBoolean()).isFalse();

        row.locator("[data-test=delete]").click();
        assertThat(row).hasCount(0);
        expect(404, admin.get("/api/v1/extensions/2001"));
    }
}
