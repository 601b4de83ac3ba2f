package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * An Italian user never reads the API's English: error codes and the field messages the UI recognises are shown
 * from the Italian catalogue, and a contact someone else changed first (412) can be reloaded.
 */
class ItalianErrorsBrowserTest extends BrowserTestBase {

    @Test
    void aWrongPasswordAndTheLockOutAreToldInItalian() {
        createUser("mario", "USER", "1001", "it");
        Page page = newPage("it-IT");
        page.navigate(baseUrl() + "/");
        page.locator("input[name=username]").fill("mario");
        page.locator("input[name=password]").fill("not-the-password");
        Locator error = page.locator("[data-test=error]");
        int status = 0;
        // five failures are told as such; the sixth attempt is locked out, with the seconds to wait
        for (int attempt = 1; attempt <= 6; attempt++) {
            status = page.waitForResponse(r -> r.url().endsWith("/api/v1/auth/login"),
                () -> page.locator("input[name=password]").press("Enter")).status();
            if (attempt == 1) {
                assertThat(error).hasText("Nome utente o password errati.");
                assertThat(error).hasAttribute("data-code", "invalid_credentials");
                screenshot(page, "30-login-wrong-password-it");
            }
        }
        assertThat(status).isEqualTo(429);
        assertThat(error).hasAttribute("data-code", "locked_out");
        assertThat(error).containsText("Troppi accessi falliti: riprova tra ");
        assertThat(error.textContent()).matches("(?s).*riprova tra \\d+ secondi\\..*");
        assertThat(error).not().containsText("login");
    }

    @Test
    void theContactFormShowsTheServersFieldErrorsInItalian() {
        createUser("giulia", "USER", "1002", "it");
        Page page = loginAs("giulia", USER_PASSWORD, "it-IT");
        page.locator("[data-tab=personal]").click();
        page.locator("[data-test=add-contact]").click();
        Locator form = page.locator("[data-test=contact-form]");
        form.locator("input[name=firstName]").fill("Anna");
        form.locator("input[name=workPhone]").fill("chiamami");
        // type=email would let the browser refuse it before the server sees it: the server's rule is under test
        form.locator("input[name=email]").evaluate("e => e.type = 'text'");
        form.locator("input[name=email]").fill("anna-at-example");
        form.locator("input[name=email]").press("Enter");

        assertThat(form.locator("[data-field-error=email]"))
            .hasText("Non è un indirizzo e-mail (come nome@esempio.it).");
        assertThat(form.locator("[data-field-error=workPhone]")).containsText("Non è un numero di telefono");
        assertThat(form.locator("input[name=email]")).hasAttribute("aria-invalid", "true");
        assertThat(form.locator("[data-test=error]")).hasText("Alcuni campi non sono validi: vedi i messaggi accanto.");
        assertThat(form).not().containsText("must");
        screenshot(page, "31-contact-field-errors-it");

        form.locator("input[name=email]").fill("anna@example.com");
        form.locator("input[name=workPhone]").fill("+39 06 1234 5678");
        form.locator("[data-test=save]").click();
        assertThat(page.locator("tr[data-contact='Anna']")).containsText("anna@example.com");
    }

    @Test
    void aContactChangedInAnotherBrowserIsReportedAndCanBeReloaded() {
        createUser("giulia", "USER", "1002", "it");
        Api giulia = apiAs("giulia", USER_PASSWORD);
        expect(201, giulia.send("POST", "/api/v1/contacts",
            "{\"firstName\":\"Anna\",\"lastName\":\"Bianchi\",\"company\":\"Acme\",\"visibility\":\"private\"}"));
        Page first = loginAs("giulia", USER_PASSWORD, "it-IT");
        Page second = loginAs("giulia", USER_PASSWORD, "it-IT");
        Locator firstForm = openForEdit(first);
        Locator secondForm = openForEdit(second);

        firstForm.locator("input[name=company]").fill("Acme SpA");
        firstForm.locator("[data-test=save]").click();
        assertThat(first.locator("tr[data-contact='Anna Bianchi']")).containsText("Acme SpA");

        secondForm.locator("input[name=company]").fill("Acme Srl");
        secondForm.locator("[data-test=save]").click();
        Locator error = secondForm.locator("[data-test=error]");
        assertThat(error).containsText("Qualcun altro l’ha modificato nel frattempo");
        screenshot(second, "32-contact-412-it");
        assertThat(expect(200, giulia.get("/api/v1/contacts")).json().get("items").get(0).get("company")
            .stringValue()).isEqualTo("Acme SpA");

        // reload: the form shows the other browser's change, and a save now goes through
        secondForm.locator("[data-test=reload]").click();
        assertThat(secondForm.locator("input[name=company]")).hasValue("Acme SpA");
        assertThat(secondForm.locator("[data-test=notice]")).containsText("Ricaricato");
        assertThat(error).hasCount(0);
        secondForm.locator("input[name=company]").fill("Acme Srl");
        secondForm.locator("[data-test=save]").click();
        assertThat(second.locator("tr[data-contact='Anna Bianchi']")).containsText("Acme Srl");
        assertThat(expect(200, giulia.get("/api/v1/contacts")).json().get("items").get(0).get("company")
            .stringValue()).isEqualTo("Acme Srl");
    }

    private static Locator openForEdit(Page page) {
        page.locator("[data-tab=personal]").click();
        page.locator("tr[data-contact='Anna Bianchi'] [data-test=edit]").click();
        Locator form = page.locator("[data-test=contact-form]");
        assertThat(form.locator("input[name=company]")).hasValue("Acme");
        return form;
    }
}
