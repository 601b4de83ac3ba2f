package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

    /**
     * The field messages the server really sends for the common mistakes (contacts, profile, password, forwarding,
     * extensions, users) are all recognised: none reaches an Italian user in English, none keeps a {placeholder}.
     */
    @Test
    void theServersCommonFieldMessagesAreAllTranslated() {
        createUser("giulia", "USER", "1002", "it");
        Api giulia = apiAs("giulia", USER_PASSWORD);
        List<String> texts = new ArrayList<>();
        collect(texts, giulia.send("POST", "/api/v1/contacts", "{\"firstName\":\"" + "x".repeat(300) + "\","
            + "\"workPhone\":\"abc\",\"mobilePhone\":\"1\",\"email\":\"bad\",\"visibility\":\"nope\"}"));
        collect(texts, giulia.send("POST", "/api/v1/contacts", "{\"notes\":\"only notes\"}"));
        collect(texts, giulia.send("PATCH", "/api/v1/me", "{\"language\":\"fr\",\"timeZone\":\"Mars\","
            + "\"dateFormat\":\"qq\",\"email\":\"bad\",\"mobile\":\"x\"}"));
        collect(texts, giulia.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"" + USER_PASSWORD + "\",\"newPassword\":\"short\"}"));
        collect(texts, giulia.send("POST", "/api/v1/me/password",
            "{\"currentPassword\":\"not-my-password\",\"newPassword\":\"long-enough-password\"}"));
        collect(texts, giulia.send("PATCH", "/api/v1/me/forwarding",
            "{\"unconditional\":{\"enabled\":true,\"target\":{\"type\":\"extension\",\"number\":\"1002\"}},"
            + "\"busy\":{\"enabled\":true,\"target\":{\"type\":\"number\",\"number\":\"abc\"}},"
            + "\"noAnswer\":{\"enabled\":true,\"target\":{\"type\":\"mobile\"},\"afterSeconds\":999},"
            + "\"unreachable\":{\"enabled\":true}}"));
        collect(texts, giulia.send("PATCH", "/api/v1/me/forwarding",
            "{\"busy\":{\"enabled\":true,\"target\":{\"type\":\"extension\",\"number\":\"4444\"}}}"));
        collect(texts, admin.send("POST", "/api/v1/extensions", "{\"number\":\"x\",\"name\":\"\"}"));
        collect(texts, admin.send("POST", "/api/v1/users", "{\"username\":\"A B\",\"role\":\"KING\","
            + "\"password\":\"" + USER_PASSWORD + "\"}"));
        assertThat(texts).hasSizeGreaterThan(15);

        Page page = newPage("it-IT");
        page.navigate(baseUrl() + "/");
        assertThat(page.locator("[data-test=login-form]")).isVisible();
        @SuppressWarnings("unchecked")
        Map<String, String> shown = (Map<String, String>) page.evaluate("async texts => {"
            + "const { fieldMessage } = await import('/js/errors.js');"
            + "return Object.fromEntries(texts.map(x => [x, fieldMessage(x)])); }", texts);
        assertThat(shown).allSatisfy((server, italian) -> {
            assertThat(italian).as("the server's %s", server).isNotEqualTo(server).doesNotContain("{", "}");
        });
    }

    /** The per-field messages of an error answer ({"fields": {...}} or [{field, message}], or "field"). */
    private static void collect(List<String> out, Api.Resp r) {
        assertThat(r.status()).as("answer %s", r).isBetween(400, 499);
        JsonNode fields = r.json().get("fields");
        if (fields != null && fields.isObject()) {
            fields.properties().forEach(e -> out.add(e.getValue().stringValue()));
        } else if (fields != null && fields.isArray()) {
            fields.forEach(f -> out.add(f.get("message").stringValue()));
        }
    }

    private static Locator openForEdit(Page page) {
        page.locator("[data-tab=personal]").click();
        page.locator("tr[data-contact='Anna Bianchi'] [data-test=edit]").click();
        Locator form = page.locator("[data-test=contact-form]");
        assertThat(form.locator("input[name=company]")).hasValue("Acme");
        return form;
    }
}
