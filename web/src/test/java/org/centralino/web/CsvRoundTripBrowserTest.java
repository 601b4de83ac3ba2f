package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Personal contacts in from a CSV file (preview with per-row errors, then confirm) and out again, CSV and vCard. */
class CsvRoundTripBrowserTest extends BrowserTestBase {

    @Test
    void importsACsvAfterAPreviewThenExportsTheSameContacts() {
        createUser("sara", "USER", "1004", "en");
        // the columns are the server's own: those of its export, so the file is one the server itself writes
        String header = expect(200, apiAs("sara", USER_PASSWORD).get("/api/v1/phonebook/personal/export.csv"))
            .text().lines().findFirst().orElseThrow().strip();
        String csv = header + "\n"
            + row(header, Map.of("firstname", "Mario", "lastname", "Rossi", "company", "Rossi Impianti",
                "mobilephone", "+393471112233")) + "\n"
            + row(header, Map.of("firstname", "Lucia", "lastname", "Verdi", "workphone", "+390612345678",
                "email", "lucia@verdi.example")) + "\n"
            + row(header, Map.of("notes", "a row with neither a name nor a company nor a number")) + "\n";

        Page page = loginAs("sara", USER_PASSWORD, "en-GB");
        page.locator("[data-tab=personal]").click();
        page.locator("[data-book=personal] [data-test=import]").click();
        page.locator("[data-test=csv-file]").setInputFiles(
            new FilePayload("contatti.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        Locator preview = page.locator("[data-test=import-preview] tbody tr");
        assertThat(preview).hasCount(3);
        assertThat(page.locator("[data-test=import-preview] tr.row-error")).hasCount(1);
        assertThat(page.locator("[data-test=import-preview] tr.row-error .field-error")).not().isEmpty();
        // nothing is imported by the preview
        assertThat(page.locator("[data-book=personal] tr[data-contact]")).hasCount(0);
        screenshot(page, "14-csv-import-preview");

        page.locator("[data-test=confirm-import]").click();
        assertThat(page.locator("[data-test=notice]")).containsText("2 new");
        assertThat(page.locator("[data-book=personal] tr[data-contact]")).hasCount(2);
        assertThat(page.locator("[data-book=personal] tr[data-contact='Mario Rossi']")).containsText("+393471112233");

        String exported = download(page, "[data-book=personal] [data-test=export-csv]");
        assertThat(exported.lines().findFirst().orElseThrow().strip()).isEqualTo(header);
        assertThat(exported).contains("Mario", "Rossi", "Rossi Impianti", "+393471112233", "Lucia", "Verdi",
            "+390612345678", "lucia@verdi.example").doesNotContain("neither a name");
        assertThat(exported.strip().lines()).hasSize(3);

        String vcard = download(page, "[data-book=personal] [data-test=export-vcf]");
        assertThat(vcard.split("BEGIN:VCARD", -1)).hasSize(3);
        assertThat(vcard).contains("VERSION:4.0", "Mario Rossi", "Lucia Verdi", "+393471112233");
    }

    /** A CSV line with a value for each header column whose name (case and punctuation aside) is in values. */
    private static String row(String header, Map<String, String> values) {
        List<String> cells = new ArrayList<>();
        for (String column : header.split(",")) {
            String key = column.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
            cells.add(values.getOrDefault(key, ""));
        }
        return String.join(",", cells);
    }

    private static String download(Page page, String selector) {
        Download d = page.waitForDownload(() -> page.locator(selector).click());
        try {
            return Files.readString(d.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
