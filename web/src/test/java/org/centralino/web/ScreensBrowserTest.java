package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every screen opens without an error for the role that has it; pictures of each for people to look at. */
class ScreensBrowserTest extends BrowserTestBase {

    @Test
    void everyScreenOfAnAdministratorOpensWithoutAnError() {
        createUser("tina", "ADMIN", "1009", "en");
        createUser("ugo", "USER", "1010", "it");
        Page page = loginAs("tina", USER_PASSWORD, "en-GB");
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("admin/extensions", "Extensions");
        screens.put("admin/users", "Users");
        screens.put("admin/groups", "Groups and rights");
        screens.put("admin/scopes", "Delegated scopes");
        screens.put("admin/audit", "Audit log");
        screens.put("history", "Call history");
        screens.put("forwarding", "DND and forwarding");
        screens.put("profile", "Profile");
        screens.put("phonebook", "Phonebook");
        int n = 50;
        for (Map.Entry<String, String> screen : screens.entrySet()) {
            page.locator("[data-nav='" + screen.getKey() + "']").click();
            assertThat(page.locator("main h2")).hasText(screen.getValue());
            assertThat(page.locator("[data-test=error]")).hasCount(0);
            screenshot(page, (n++) + "-" + screen.getKey().replace('/', '-'));
        }
        page.locator("[data-nav='admin/users']").click();
        assertThat(page.locator("[data-test=users] tr[data-user=ugo]")).containsText("1010");
        page.locator("[data-nav='admin/groups']").click();
        assertThat(page.locator("[data-test=groups] tr[data-group]")).not().hasCount(0);
        page.locator("[data-nav='admin/audit']").click();
        assertThat(page.locator("[data-test=audit] tbody tr").first()).containsText("admin");
    }

    @Test
    void aPlainUserSeesOnlyTheirOwnScreens() {
        createUser("vera", "USER", "1012", "en");
        Page page = loginAs("vera", USER_PASSWORD, "en-GB");
        assertThat(page.locator("[data-nav]")).hasCount(4);
        assertThat(page.locator("[data-nav^=admin]")).hasCount(0);
        // an admin address typed by hand shows the phonebook, not an admin screen
        page.navigate(baseUrl() + "/#/admin/users");
        assertThat(page.locator("main h2")).hasText("Phonebook");
    }

    @Test
    void theReceptionistsWideScreenShowsEveryExtensionsState() {
        createUser("oscar", "OPERATOR", "1000", "en");
        for (int i = 1; i <= 23; i++) {
            String number = String.valueOf(1100 + i);
            expect(201, admin.send("POST", "/api/v1/extensions",
                "{\"number\":\"" + number + "\",\"name\":\"Ufficio " + i + "\"}"));
            // DND shows on a phone that is registered (an unregistered one is offline whatever its DND)
            if (i % 7 == 0) {
                registerPhone(number);
                expect(200, admin.send("PATCH", "/api/v1/extensions/" + number + "/forwarding", "{\"dnd\":true}"));
            } else if (i % 3 != 0) {
                registerPhone(number);
            }
        }
        Page page = newPage("it-IT", 1920, 1080);
        page.navigate(baseUrl() + "/");
        page.locator("input[name=username]").fill("oscar");
        page.locator("input[name=password]").fill(USER_PASSWORD);
        page.locator("input[name=password]").press("Enter");
        Locator cards = page.locator("[data-test=internal] .extension-card");
        assertThat(cards).hasCount(24);
        assertThat(page.locator("[data-test=internal] [data-presence=dnd]")).hasCount(3);
        assertThat(page.locator(".extension-card[data-extension='1107'] [data-presence]"))
            .hasAttribute("data-presence", "dnd");
        assertThat(page.locator("[data-test=internal] [data-presence=available]")).hasCount(14);
        // a phone that registers now turns green without a reload
        Locator late = page.locator(".extension-card[data-extension='1103'] [data-presence]");
        assertThat(late).hasAttribute("data-presence", "offline");
        registerPhone("1103");
        assertThat(late).hasAttribute("data-presence", "available");
        screenshot(page, "60-receptionist-wide");
    }
}
