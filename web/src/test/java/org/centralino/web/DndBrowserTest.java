package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** One DND state, kept in sync through the event stream: a change in one browser shows in others, no reload. */
class DndBrowserTest extends BrowserTestBase {

    @Test
    void aDndChangeInOneBrowserAppearsInAnotherWithoutReload() {
        createUser("alice", "USER", "1001", "en");
        createUser("oscar", "OPERATOR", "1000", "en");
        registerPhone("1001");

        // the receptionist watches the internal phonebook; alice has her forwarding screen open twice
        Page operator = loginAs("oscar", USER_PASSWORD, "en-GB");
        Locator aliceCard = operator.locator(".extension-card[data-extension='1001'] [data-presence]");
        assertThat(aliceCard).hasAttribute("data-presence", "available");
        Page alice = loginAs("alice", USER_PASSWORD, "en-GB");
        alice.locator("[data-nav=forwarding]").click();
        Page aliceElsewhere = loginAs("alice", USER_PASSWORD, "en-GB");
        aliceElsewhere.locator("[data-nav=forwarding]").click();
        Locator toggle = alice.locator("[data-test=dnd-toggle]");
        Locator otherToggle = aliceElsewhere.locator("[data-test=dnd-toggle]");
        assertThat(otherToggle).hasAttribute("aria-checked", "false");

        toggle.click();
        assertThat(toggle).hasAttribute("aria-checked", "true");
        assertThat(aliceCard).hasAttribute("data-presence", "dnd");
        assertThat(otherToggle).hasAttribute("aria-checked", "true");
        screenshot(alice, "20-forwarding-dnd-on");
        screenshot(operator, "21-internal-presence-dnd");

        otherToggle.click();
        assertThat(otherToggle).hasAttribute("aria-checked", "false");
        assertThat(toggle).hasAttribute("aria-checked", "false");
        assertThat(aliceCard).hasAttribute("data-presence", "available");
    }

    @Test
    void aChangeMadeWhileDisconnectedArrivesWhenTheStreamResumes() {
        createUser("oscar", "OPERATOR", "1000", "en");
        expect(201, admin.send("POST", "/api/v1/extensions", "{\"number\":\"1020\",\"name\":\"Magazzino\"}"));
        registerPhone("1020");
        Page operator = newPage("en-GB");
        List<String> sockets = new CopyOnWriteArrayList<>();
        operator.onWebSocket(ws -> sockets.add(ws.url()));
        operator.navigate(baseUrl() + "/");
        operator.locator("input[name=username]").fill("oscar");
        operator.locator("input[name=password]").fill(USER_PASSWORD);
        operator.locator("input[name=password]").press("Enter");
        Locator card = operator.locator(".extension-card[data-extension='1020'] [data-presence]");
        assertThat(card).hasAttribute("data-presence", "available");
        // the first connection asks for nothing old; then the connection drops and DND changes meanwhile
        expect(200, admin.send("PATCH", "/api/v1/extensions/1020/forwarding", "{\"dnd\":true}"));
        assertThat(card).hasAttribute("data-presence", "dnd");
        operator.evaluate("async () => (await import('/js/session.js')).stream.socket.close()");
        expect(200, admin.send("PATCH", "/api/v1/extensions/1020/forwarding", "{\"dnd\":false}"));
        assertThat(card).hasAttribute("data-presence", "available");
        org.assertj.core.api.Assertions.assertThat(sockets).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(sockets.get(0)).doesNotContain("since=");
        // the reconnect resumed after the last event seen (epoch:seq), rather than reloading everything
        org.assertj.core.api.Assertions.assertThat(sockets.get(1)).containsPattern("since=[^&]*%3A\\d+");
    }

    @Test
    void forwardingSavedInTheFormIsWhatTheApiAnswers() {
        createUser("bruno", "USER", "1005", "en");
        Page page = loginAs("bruno", USER_PASSWORD, "en-GB");
        page.locator("[data-nav=forwarding]").click();
        Locator busy = page.locator("[data-rule=busy]");
        busy.locator("input[type=checkbox]").check();
        busy.locator("select").selectOption("number");
        busy.locator("input[name='busy.number']").fill("+390298765432");
        Locator noAnswer = page.locator("[data-rule=noAnswer]");
        noAnswer.locator("input[type=checkbox]").check();
        noAnswer.locator("select").selectOption("voicemail");
        noAnswer.locator("input[name='noAnswer.afterSeconds']").fill("25");
        noAnswer.locator("input[name='noAnswer.afterSeconds']").press("Enter");
        assertThat(page.locator("[data-test=notice]")).isVisible();
        screenshot(page, "22-forwarding-rules");

        Api.Resp r = expect(200, apiAs("bruno", USER_PASSWORD).get("/api/v1/me/forwarding"));
        var json = r.json();
        org.assertj.core.api.Assertions.assertThat(json.get("busy").get("enabled").asBoolean()).isTrue();
        org.assertj.core.api.Assertions.assertThat(json.get("busy").get("target").get("number").asString())
            .isEqualTo("+390298765432");
        org.assertj.core.api.Assertions.assertThat(json.get("noAnswer").get("target").get("type").asString())
            .isEqualTo("voicemail");
        org.assertj.core.api.Assertions.assertThat(json.get("noAnswer").get("afterSeconds").asInt()).isEqualTo(25);
        org.assertj.core.api.Assertions.assertThat(json.get("unconditional").get("enabled").asBoolean()).isFalse();
    }
}
