package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.web.PortalFixture.code;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.core.account.Role;
import org.centralino.core.event.Audience;
import org.centralino.core.forwarding.ForwardingChanged;
import org.centralino.core.forwarding.ForwardingView;
import org.centralino.core.presence.DndChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/me/forwarding} and {@code /api/v1/extensions/{n}/forwarding}: reading, changing, events, ETags. */
class ForwardingApiTest extends WebTestBase {
    static final String ME = "/api/v1/me/forwarding";

    PortalFixture fixture;
    Api anna;
    final List<ForwardingChanged> changes = new CopyOnWriteArrayList<>();
    final List<DndChanged> dnd = new CopyOnWriteArrayList<>();

    @BeforeEach
    void users() {
        fixture = new PortalFixture(server);
        fixture.extension("1001", "Anna Rossi", "+39 333 1234567");
        fixture.extension("1002", "Bruno Verdi", null);
        anna = fixture.user("anna", Role.USER, "1001");
        server.events.subscribe(ForwardingChanged.class, changes::add);
        server.events.subscribe(DndChanged.class, dnd::add);
    }

    Api.Resp patch(String body) {
        return anna.send("PATCH", ME, body);
    }

    JsonNode ok(Api.Resp r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aFreshExtensionHasTheDefaultsAtVersionZero() {
        Api.Resp r = anna.get(ME);
        JsonNode f = ok(r);
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        assertThat(f.propertyNames()).containsExactlyInAnyOrder("extension", "dnd", "unconditional", "busy",
            "noAnswer", "unreachable", "version");
        assertThat(f.get("extension").stringValue()).isEqualTo("1001");
        assertThat(f.get("dnd").booleanValue()).isFalse();
        for (String rule : List.of("unconditional", "busy", "noAnswer", "unreachable")) {
            assertThat(f.get(rule).get("enabled").booleanValue()).as(rule).isFalse();
            assertThat(f.get(rule).get("target").isNull()).as(rule).isTrue();
        }
        assertThat(f.get("noAnswer").get("afterSeconds").asInt()).isEqualTo(20);
        assertThat(f.get("version").asLong()).isZero();
        assertThat(anna.get("/api/v1/extensions/1001/forwarding").text()).as("the same resource").isEqualTo(r.text());
    }

    @Test
    void switchingDndChangesOnlyDndAndPublishesBothEvents() {
        Api.Resp r = patch("{\"dnd\":true}");
        JsonNode f = ok(r);
        assertThat(f.get("dnd").booleanValue()).isTrue();
        assertThat(f.get("busy").get("enabled").booleanValue()).isFalse();
        assertThat(f.get("version").asLong()).isEqualTo(1);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(dnd).containsExactly(new DndChanged("1001", true));
        assertThat(changes).hasSize(1);
        ForwardingChanged event = changes.getFirst();
        assertThat(event.type()).isEqualTo("forwarding.changed");
        assertThat(event.audience()).as("the targets are private: owner and managers only")
            .isEqualTo(new Audience.ExtensionManagers("1001"));
        assertThat(Api.JSON.writeValueAsString(event.data())).as("the event carries what the API answers")
            .isEqualTo(f.toString());

        ok(patch("{\"dnd\":true}"));
        assertThat(changes).as("no change, no event").hasSize(1);
        assertThat(ok(anna.get(ME)).get("version").asLong()).as("no change, same version").isEqualTo(1);

        ok(patch("{\"dnd\":false}"));
        assertThat(dnd).containsExactly(new DndChanged("1001", true), new DndChanged("1001", false));
        assertThat(server.forwarding.settings("1001").dnd()).as("the core read API").isFalse();
    }

    @Test
    void everyTargetTypeRoundTripsAndADisabledRuleKeepsItsTarget() {
        JsonNode f = ok(patch("{\"unconditional\":{\"enabled\":true,\"target\":{\"type\":\"number\","
            + "\"number\":\"+39 06 1234 5678\"}},\"busy\":{\"enabled\":true,\"target\":{\"type\":\"extension\","
            + "\"number\":\"1002\"}},\"noAnswer\":{\"enabled\":true,\"target\":{\"type\":\"voicemail\"},"
            + "\"afterSeconds\":35},\"unreachable\":{\"enabled\":true,\"target\":{\"type\":\"mobile\"}}}"));
        assertThat(f.get("unconditional").toString()).isEqualTo(
            "{\"enabled\":true,\"target\":{\"type\":\"number\",\"number\":\"+390612345678\"}}");
        assertThat(f.get("busy").toString()).isEqualTo(
            "{\"enabled\":true,\"target\":{\"type\":\"extension\",\"number\":\"1002\"}}");
        assertThat(f.get("noAnswer").toString()).isEqualTo(
            "{\"enabled\":true,\"target\":{\"type\":\"voicemail\",\"number\":null},\"afterSeconds\":35}");
        assertThat(f.get("unreachable").toString()).isEqualTo(
            "{\"enabled\":true,\"target\":{\"type\":\"mobile\",\"number\":null}}");
        assertThat(dnd).as("DND did not flip").isEmpty();

        JsonNode off = ok(patch("{\"busy\":{\"enabled\":false},\"unconditional\":{\"enabled\":false}}"));
        assertThat(off.get("busy").toString()).isEqualTo(
            "{\"enabled\":false,\"target\":{\"type\":\"extension\",\"number\":\"1002\"}}");
        assertThat(off.get("unconditional").get("target").get("number").stringValue()).isEqualTo("+390612345678");
        assertThat(off.get("noAnswer").get("enabled").booleanValue()).as("untouched").isTrue();
        JsonNode on = ok(patch("{\"busy\":{\"enabled\":true}}"));
        assertThat(on.get("busy").get("target").get("number").stringValue()).as("back on, same target")
            .isEqualTo("1002");
        assertThat(on.get("version").asLong()).isEqualTo(3);
        assertThat(ok(anna.get(ME))).isEqualTo(on);

        JsonNode cleared = ok(patch("{\"busy\":{\"enabled\":false,\"target\":null}}"));
        assertThat(cleared.get("busy").get("target").isNull()).as("null removes a target of a rule that is off")
            .isTrue();
        assertThat(changes).hasSize(4);
    }

    @Test
    void afterSecondsAcceptsFiveToOneHundredTwenty() {
        assertThat(ok(patch("{\"noAnswer\":{\"afterSeconds\":5}}")).get("noAnswer").get("afterSeconds").asInt())
            .isEqualTo(5);
        assertThat(ok(patch("{\"noAnswer\":{\"afterSeconds\":120}}")).get("noAnswer").get("afterSeconds").asInt())
            .isEqualTo(120);
        for (int bad : new int[] {4, 121, 0, -5}) {
            Api.Resp r = patch("{\"noAnswer\":{\"afterSeconds\":" + bad + "}}");
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.json().get("fields").get("noAnswer.afterSeconds").stringValue()).contains("5 to 120");
        }
    }

    /** Each bad value is 422 naming its field, and nothing is stored. */
    @Test
    void eachValidationErrorNamesItsField() {
        expect422("{\"busy\":{\"enabled\":true,\"target\":{\"type\":\"fax\"}}}", "busy.target.type",
            "must be one of extension, number, mobile, voicemail");
        expect422("{\"busy\":{\"target\":{\"type\":\"Extension\",\"number\":\"1002\"}}}", "busy.target.type",
            "not 'Extension'");
        expect422("{\"busy\":{\"target\":{\"number\":\"1002\"}}}", "busy.target.type", "is required");
        expect422("{\"busy\":{\"enabled\":true,\"target\":{\"type\":\"extension\",\"number\":\"1999\"}}}",
            "busy.target.number", "extension 1999 does not exist");
        expect422("{\"busy\":{\"target\":{\"type\":\"extension\",\"number\":\"1001\"}}}", "busy.target.number",
            "itself");
        expect422("{\"busy\":{\"target\":{\"type\":\"extension\"}}}", "busy.target.number", "is required");
        expect422("{\"unconditional\":{\"target\":{\"type\":\"number\",\"number\":\"12ab\"}}}",
            "unconditional.target.number", "digits");
        expect422("{\"unconditional\":{\"target\":{\"type\":\"number\",\"number\":\"" + "1".repeat(33) + "\"}}}",
            "unconditional.target.number", "1 to 32 digits");
        expect422("{\"unconditional\":{\"target\":{\"type\":\"number\",\"number\":\"+\"}}}",
            "unconditional.target.number", "digits");
        expect422("{\"unconditional\":{\"target\":{\"type\":\"number\"}}}", "unconditional.target.number",
            "is required");
        expect422("{\"noAnswer\":{\"target\":{\"type\":\"voicemail\",\"number\":\"1002\"}}}",
            "noAnswer.target.number", "must not be given");
        expect422("{\"busy\":{\"enabled\":true}}", "busy.enabled", "without a target");
        expect422("{\"dnd\":null}", "dnd", "true or false");
        expect422("{\"busy\":{\"enabled\":null}}", "busy.enabled", "true or false");
        expect422("{\"noAnswer\":{\"afterSeconds\":null}}", "noAnswer.afterSeconds", "not null");
        assertThat(ok(anna.get(ME)).get("version").asLong()).as("nothing stored").isZero();
        assertThat(changes).isEmpty();
    }

    @Test
    void theMobileTargetNeedsAMobileNumberWhenTheRuleIsOn() {
        Api bruno = fixture.user("bruno", Role.USER, "1002");
        Api.Resp r = bruno.send("PATCH", ME, "{\"unreachable\":{\"enabled\":true,\"target\":{\"type\":\"mobile\"}}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("fields").get("unreachable.target").stringValue())
            .contains("extension 1002 has no mobile number");
        JsonNode kept = ok(bruno.send("PATCH", ME, "{\"unreachable\":{\"target\":{\"type\":\"mobile\"}}}"));
        assertThat(kept.get("unreachable").toString()).as("off, the target may wait for a mobile number")
            .isEqualTo("{\"enabled\":false,\"target\":{\"type\":\"mobile\",\"number\":null}}");
        assertThat(bruno.send("PATCH", ME, "{\"unreachable\":{\"enabled\":true}}").status()).isEqualTo(422);
        assertThat(ok(bruno.send("PATCH", ME, "{\"dnd\":true}")).get("dnd").booleanValue())
            .as("an untouched rule does not block other changes").isTrue();
    }

    @Test
    void severalErrorsAreReportedTogether() {
        Api.Resp r = patch("{\"busy\":{\"enabled\":true,\"target\":{\"type\":\"fax\"}},"
            + "\"noAnswer\":{\"afterSeconds\":500},"
            + "\"unconditional\":{\"target\":{\"type\":\"number\",\"number\":\"x\"}}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(code(r)).isEqualTo("validation_failed");
        assertThat(r.json().get("fields").propertyNames()).containsExactlyInAnyOrder("busy.target.type",
            "noAnswer.afterSeconds", "unconditional.target.number");
    }

    @Test
    void unknownFieldsAnywhereAre400() {
        expect400("{\"dnd\":true,\"color\":\"red\"}", "unknown_field", "color");
        expect400("{\"busy\":{\"enabled\":false,\"when\":\"always\"}}", "unknown_field", "busy.when");
        expect400("{\"busy\":{\"afterSeconds\":30}}", "unknown_field", "busy.afterSeconds");
        expect400("{\"busy\":{\"target\":{\"type\":\"voicemail\",\"box\":\"1\"}}}", "unknown_field",
            "busy.target.box");
        expect400("{\"version\":3}", "unknown_field", "version");
    }

    @Test
    void wrongJsonTypesAre400() {
        expect400("{\"dnd\":\"yes\"}", "wrong_type", "dnd");
        expect400("{\"busy\":false}", "wrong_type", "busy");
        expect400("{\"busy\":null}", "wrong_type", "busy");
        expect400("{\"busy\":{\"target\":\"voicemail\"}}", "wrong_type", "busy.target");
        expect400("{\"busy\":{\"target\":{\"type\":1}}}", "wrong_type", "busy.target.type");
        expect400("{\"noAnswer\":{\"afterSeconds\":30.5}}", "wrong_type", "noAnswer.afterSeconds");
        expect400("{\"noAnswer\":{\"afterSeconds\":\"30\"}}", "wrong_type", "noAnswer.afterSeconds");
        Api.Resp notJson = anna.send("PATCH", ME, "dnd=true".getBytes(), "application/x-www-form-urlencoded",
            anna.token);
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(patch("{\"dnd\":").status()).isEqualTo(400);
        assertThat(patch("[]").status()).isEqualTo(400);
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        assertThat(anna.get(ME).header("ETag")).isEqualTo("\"0\"");
        Api.Resp first = send("PATCH", ME, "{\"dnd\":true}", "\"0\"");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        Api.Resp stale = send("PATCH", ME, "{\"dnd\":false}", "\"0\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(code(stale)).isEqualTo("precondition_failed");
        assertThat(stale.json().get("message").stringValue()).contains("version 1");
        assertThat(stale.header("ETag")).as("the current version, to retry with").isEqualTo("\"1\"");
        assertThat(ok(anna.get(ME)).get("dnd").booleanValue()).isTrue();

        assertThat(send("PATCH", ME, "{\"dnd\":false}", "\"1\"").status()).isEqualTo(200);
        assertThat(send("PATCH", ME, "{\"dnd\":true}", "*").status()).as("any version").isEqualTo(200);
        assertThat(send("PATCH", ME, "{\"dnd\":false}", "W/\"3\"").status()).as("weak tags never match")
            .isEqualTo(412);
        assertThat(send("PATCH", ME, "{\"dnd\":false}", "three").status()).as("not an entity tag").isEqualTo(400);
        assertThat(send("PATCH", "/api/v1/extensions/1001/forwarding", "{\"dnd\":false}", "\"2\"").status())
            .as("the same version on the other path").isEqualTo(412);
        assertThat(changes).hasSize(3);
    }

    @Test
    void anUnknownExtensionIs404() {
        api.login();
        for (String method : List.of("GET", "PATCH")) {
            Api.Resp r = api.send(method, "/api/v1/extensions/1999/forwarding", method.equals("GET") ? null
                : "{\"dnd\":true}");
            assertThat(r.status()).as(method + " " + r).isEqualTo(404);
            assertThat(code(r)).isEqualTo("extension_not_found");
        }
    }

    @Test
    void deletingAnExtensionDeletesItsSettings() {
        api.login();
        ok(api.send("PATCH", "/api/v1/extensions/1002/forwarding", "{\"dnd\":true}"));
        assertThat(api.send("DELETE", "/api/v1/extensions/1002", null).status()).isEqualTo(204);
        fixture.extension("1002", "Bruno again", null);
        JsonNode fresh = ok(api.get("/api/v1/extensions/1002/forwarding"));
        assertThat(fresh.get("dnd").booleanValue()).isFalse();
        assertThat(fresh.get("version").asLong()).isZero();
    }

    @Test
    void theEventDataIsTheViewOfTheSettings() {
        ok(patch("{\"noAnswer\":{\"enabled\":true,\"target\":{\"type\":\"voicemail\"}}}"));
        ForwardingView view = changes.getFirst().data();
        assertThat(view.noAnswer().target().type()).isEqualTo("voicemail");
        assertThat(view.noAnswer().afterSeconds()).isEqualTo(20);
        assertThat(view.version()).isEqualTo(1);
    }

    /** A request with If-Match (Api has no header parameter; slice B's helpers may add one). */
    private Api.Resp send(String method, String path, String json, String ifMatch) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.web.port()
                + path)).method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + anna.token)
            .header("If-Match", ifMatch).build();
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var r = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Resp(r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void expect422(String body, String field, String reason) {
        Api.Resp r = patch(body);
        assertThat(r.status()).as(body + " → " + r).isEqualTo(422);
        assertThat(code(r)).isEqualTo("validation_failed");
        assertThat(r.json().get("fields").has(field)).as(body + " → " + r).isTrue();
        assertThat(r.json().get("fields").get(field).stringValue()).as(body).contains(reason);
    }

    private void expect400(String body, String code, String field) {
        Api.Resp r = patch(body);
        assertThat(r.status()).as(body + " → " + r).isEqualTo(400);
        assertThat(code(r)).as(body).isEqualTo(code);
        assertThat(r.json().get("fields").has(field)).as(body + " → " + r).isTrue();
    }
}
