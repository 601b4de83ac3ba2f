package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    @Test
    void anAdministratorImportsExtensionsFromCsvAfterAPreviewAndExportsThem() {
        Page page = loginAsAdmin();
        page.locator("[data-nav='admin/extensions']").click();
        page.locator("[data-test=import]").click();
        String csv = "number,name,email,sipPassword\n2101,Cassa 1,cassa1@example.com,cassa-sip-1\n"
            + "2102,Cassa 2,,cassa-sip-2\nx9,Bad number,,\n";
        page.locator("[data-test=csv-file]").setInputFiles(
            new FilePayload("interni.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("[data-test=import-preview] tbody tr")).hasCount(3);
        assertThat(page.locator("[data-test=import-preview] tr.row-error")).containsText("x9");
        assertThat(page.locator("[data-test=extensions] tr[data-extension]")).hasCount(0);
        screenshot(page, "34-admin-extensions-import");
        page.locator("[data-test=confirm-import]").click();
        assertThat(page.locator("[data-test=extensions] tr[data-extension]")).hasCount(2);
        assertThat(page.locator("[data-test=extensions] tr[data-extension='2101']")).containsText("cassa1@example.com");

        Download d = page.waitForDownload(() -> page.locator("[data-test=export-csv]").click());
        String exported;
        try {
            exported = Files.readString(d.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(exported).contains("2101", "Cassa 1", "cassa1@example.com", "2102", "Cassa 2")
            .doesNotContain("Bad number");
    }
}
