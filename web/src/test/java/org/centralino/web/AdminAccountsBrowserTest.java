package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The administrator manages users and roles, delegated scopes, and groups with their rights. */
class AdminAccountsBrowserTest extends BrowserTestBase {

    @Test
    void anAdministratorCreatesAUserGivesAScopeAndBuildsAGroup() {
        expect(201, admin.send("POST", "/api/v1/extensions", "{\"number\":\"3001\",\"name\":\"Sales 1\"}"));
        expect(201, admin.send("POST", "/api/v1/extensions", "{\"number\":\"3002\",\"name\":\"Sales 2\"}"));
        createUser("tina", "ADMIN", null, "en");
        Page page = loginAs("tina", USER_PASSWORD, "en-GB");

        page.locator("[data-nav='admin/users']").click();
        page.locator("[data-test=add-user]").click();
        Locator form = page.locator("[data-test=user-form]");
        form.locator("input[name=username]").fill("sofia");
        form.locator("input[name=password]").fill("sofia-password-2026");
        form.locator("input[name=displayName]").fill("Sofia Galli");
        form.locator("input[name=extension]").fill("3001");
        form.locator("select[name=role]").selectOption("OPERATOR");
        form.locator("input[name=displayName]").press("Enter");
        Locator row = page.locator("[data-test=users] tr[data-user=sofia]");
        assertThat(row).containsText("Operator");
        assertThat(row).containsText("3001");
        screenshot(page, "32-admin-users");
        JsonNode sofia = expect(200, admin.get("/api/v1/users/sofia")).json();
        assertThat(sofia.get("role").asString()).isEqualTo("OPERATOR");
        assertThat(sofia.get("displayName").asString()).isEqualTo("Sofia Galli");

        page.locator("[data-nav='admin/scopes']").click();
        Locator scope = page.locator("[data-test=scopes] tr[data-user=sofia]");
        scope.locator("select").selectOption("GROUPS");
        scope.locator("input[type=checkbox]").nth(2).check(); // reports
        scope.locator("button").click();
        assertThat(page.locator("[data-test=notice]")).containsText("sofia");
        JsonNode stored = expect(200, admin.get("/api/v1/users/sofia/scope")).json().get("stored");
        assertThat(stored.get("extensions").asString()).isEqualTo("GROUPS");
        assertThat(stored.get("reports").asBoolean()).isTrue();
        assertThat(stored.get("trunks").asBoolean()).isFalse();

        page.locator("[data-nav='admin/groups']").click();
        page.locator("text=New group").click();
        Locator group = page.locator("[data-test=group-form]");
        group.locator("input[name=name]").fill("Sales");
        group.locator("[data-test=member-number]").fill("3001");
        group.locator("[data-test=member-number]").press("Enter");
        group.locator("[data-test=member-number]").fill("3002");
        group.locator("[data-test=member-number]").press("Enter");
        group.locator("input[aria-label='Show presence — Member']").check();
        group.locator("input[aria-label='Manage company phonebook — Manager']").check();
        screenshot(page, "33-admin-group-editor");
        group.locator("[data-test=save]").click();
        assertThat(page.locator("[data-test=groups] tr[data-group=Sales]")).containsText("3001, 3002");
        JsonNode sales = null;
        for (JsonNode g : expect(200, admin.get("/api/v1/groups")).json().get("items")) {
            if (g.get("name").asString().equals("Sales")) {
                sales = g;
            }
        }
        assertThat(sales).isNotNull();
        assertThat(sales.get("members")).hasSize(2);
        assertThat(sales.get("rights").get("MEMBER").toString()).contains("SHOW_PRESENCE");
        assertThat(sales.get("rights").get("MANAGER").toString()).contains("MANAGE_PHONEBOOK");
    }
}
