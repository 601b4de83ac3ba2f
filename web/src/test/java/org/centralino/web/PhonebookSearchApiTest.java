package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centralino.core.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One search box over the phonebooks, the Internal list with presence, and caller lookup in seed 004's order. */
class PhonebookSearchApiTest extends PhonebookTestBase {
    Api manager;
    Api anna;
    Api bruno;
    Api carlo;
    String conti;
    String annasPizzeria;

    @BeforeEach
    void phonebooks() {
        api.login();
        created(api, "/api/v1/extensions", "{\"number\":\"1001\",\"name\":\"Nicolò Bianchi\",\"mobile\":\"+39 333 1112222\"}");
        created(api, "/api/v1/extensions",
            "{\"number\":\"1002\",\"name\":\"Anna Rossi\",\"email\":\"anna@example.it\"}");
        created(api, "/api/v1/extensions", "{\"number\":\"1003\",\"name\":\"Élise Martin\"}");
        manager = user("rubrica", Role.PHONEBOOK_MANAGER, null);
        anna = user("anna", Role.USER, "1002");
        bruno = user("bruno", Role.USER, null);
        carlo = user("carlo", Role.USER, null);
        conti = id(created(manager, "/api/v1/phonebook/shared", "{\"firstName\":\"Nicola\",\"lastName\":\"Conti\","
            + "\"company\":\"Conti Trasporti S.r.l.\",\"workPhone\":\"+39 06 1234567\"}"));
        created(anna, "/api/v1/contacts", "{\"firstName\":\"Nicolò\",\"lastName\":\"Verdi\","
            + "\"mobilePhone\":\"347 555 6666\"}");
        annasPizzeria = id(created(anna, "/api/v1/contacts", "{\"company\":\"Pizzeria Da Gino\","
            + "\"workPhone\":\"06.1234567\"}"));
        created(bruno, "/api/v1/contacts", "{\"visibility\":\"public\",\"firstName\":\"Nicoletta\","
            + "\"lastName\":\"D'Amico\",\"workPhone\":\"06 1234567\",\"homePhone\":\"02 7777888\"}");
        created(bruno, "/api/v1/contacts", "{\"visibility\":\"speeddial\",\"firstName\":\"Nicolino\","
            + "\"lastName\":\"Segreto\",\"mobilePhone\":\"3470000000\"}");
    }

    List<String> names(Api client, String q) {
        Api.Resp r = client.get("/api/v1/phonebook/search?q=" + java.net.URLEncoder.encode(q,
            java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("items").valueStream().map(h -> h.get("source").stringValue() + ":"
            + h.get("name").stringValue()).toList();
    }

    @Test
    void aNameIsFoundInEveryBookByAnyWordPrefixIgnoringCaseAndAccents() {
        assertThat(names(anna, "nicolo")).containsExactly("internal:Nicolò Bianchi", "personal:Nicolò Verdi");
        assertThat(names(anna, "NICOLÒ")).containsExactly("internal:Nicolò Bianchi", "personal:Nicolò Verdi");
        assertThat(names(anna, "nicol")).containsExactly("internal:Nicolò Bianchi", "personal:Nicolò Verdi",
            "shared:Nicola Conti", "public:Nicoletta D'Amico");
        assertThat(names(anna, "elise")).containsExactly("internal:Élise Martin");
        assertThat(names(anna, "amico")).as("a word after an apostrophe").containsExactly("public:Nicoletta D'Amico");
        assertThat(names(anna, "trasp")).as("the company").containsExactly("shared:Nicola Conti");
        assertThat(names(anna, "conti nic")).as("every word, any order").containsExactly("shared:Nicola Conti");
        assertThat(names(anna, "conti x")).isEmpty();
        assertThat(names(anna, "icolo")).as("a prefix, not any substring").isEmpty();
        assertThat(names(bruno, "nicol")).as("bruno's own public and speed-dial contacts are personal for him")
            .containsExactly("internal:Nicolò Bianchi", "personal:Nicoletta D'Amico", "personal:Nicolino Segreto",
                "shared:Nicola Conti");
        assertThat(names(carlo, "segreto")).as("another user's speed dial is private").isEmpty();
    }

    @Test
    void aNumberIsFoundByDigitsAnywhereInAnyNumber() {
        assertThat(names(anna, "555 66")).containsExactly("personal:Nicolò Verdi");
        assertThat(names(anna, "1234567")).containsExactly("personal:Pizzeria Da Gino", "shared:Nicola Conti",
            "public:Nicoletta D'Amico");
        assertThat(names(anna, "+39 333")).containsExactly("internal:Nicolò Bianchi");
        assertThat(names(anna, "1001")).containsExactly("internal:Nicolò Bianchi");
        assertThat(names(anna, "777-788")).containsExactly("public:Nicoletta D'Amico");
        assertThat(names(anna, "verdi 6666")).as("a name word and a digit word").containsExactly("personal:Nicolò Verdi");
        JsonNode hit = anna.get("/api/v1/phonebook/search?q=1234567").json().get("items").get(1);
        assertThat(hit.get("id").stringValue()).isEqualTo(conti);
        assertThat(hit.get("company").stringValue()).isEqualTo("Conti Trasporti S.r.l.");
        assertThat(hit.get("numbers").toString()).isEqualTo("[{\"kind\":\"work\",\"number\":\"+39 06 1234567\"}]");
    }

    @Test
    void theLimitCutsAndBadQueriesAre400() {
        JsonNode first = anna.get("/api/v1/phonebook/search?q=nicol&limit=3").json();
        assertThat(first.get("items")).hasSize(3);
        JsonNode second = anna.get("/api/v1/phonebook/search?q=nicol&limit=3&cursor="
            + first.get("nextCursor").stringValue()).json();
        assertThat(second.get("items")).extracting(h -> h.get("name").stringValue())
            .containsExactly("Nicoletta D'Amico");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(anna.get("/api/v1/phonebook/search?q=nicol&cursor=eDE6MTAwMQ").status())
            .as("another list's cursor").isEqualTo(400);
        assertThat(anna.get("/api/v1/phonebook/search?q=%20%20").json().get("items")).isEmpty();
        Api.Resp missing = anna.get("/api/v1/phonebook/search");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("fields").get("q").stringValue()).contains("required");
        assertThat(anna.get("/api/v1/phonebook/search?q=" + "a".repeat(101)).json().get("fields").get("q")
            .stringValue()).contains("at most 100");
        assertThat(anna.get("/api/v1/phonebook/search?q=a&limit=501").json().get("fields").get("limit")
            .stringValue()).contains("1 to 500");
        assertThat(anna.get("/api/v1/phonebook/search?q=a&q=b").json().get("fields").get("q").stringValue())
            .contains("2 times");
    }

    @Test
    void theInternalPhonebookListsEveryExtensionWithThePresenceTheViewerMaySee() {
        server.presenceOverride.put("1001", "busy");
        server.presenceOverride.put("1002", "available");
        JsonNode mine = anna.get("/api/v1/phonebook/internal").json();
        assertThat(mine.get("items")).extracting(h -> h.get("number").stringValue())
            .containsExactly("1001", "1002", "1003");
        assertThat(mine.get("items").get(0).get("presence").stringValue())
            .as("the Everyone group shows every member's presence (seed 002 defaults)").isEqualTo("busy");
        assertThat(mine.get("items").get(1).get("presence").stringValue()).isEqualTo("available");
        assertThat(mine.get("items").get(1).get("email").stringValue()).isEqualTo("anna@example.it");
        assertThat(mine.get("items").get(0).get("mobile").stringValue()).isEqualTo("+39 333 1112222");
        assertThat(mine.get("items").get(0).get("numbers").toString()).isEqualTo(
            "[{\"kind\":\"extension\",\"number\":\"1001\"},{\"kind\":\"mobile\",\"number\":\"+39 333 1112222\"}]");
        Api operator = user("centralinista", Role.OPERATOR, null);
        assertThat(operator.get("/api/v1/phonebook/internal?q=nicolo").json().get("items").get(0).get("presence")
            .stringValue()).isEqualTo("busy");

        Api.Resp page = anna.get("/api/v1/phonebook/internal?limit=2");
        assertThat(page.json().get("items")).hasSize(2);
        Api.Resp rest = anna.get("/api/v1/phonebook/internal?limit=2&cursor="
            + page.json().get("nextCursor").stringValue());
        assertThat(rest.json().get("items")).extracting(h -> h.get("number").stringValue()).containsExactly("1003");
        assertThat(rest.json().get("nextCursor").isNull()).isTrue();
        assertThat(anna.get("/api/v1/phonebook/internal?cursor=zzz").status()).isEqualTo(400);
    }

    String lookup(Api client, String number) {
        Api.Resp r = client.get("/api/v1/phonebook/lookup?number=" + number.replace("+", "%2B").replace(" ", "%20"));
        assertThat(r.status()).as(number + " " + r).isEqualTo(200);
        return r.json().get("source").stringValue() + ":" + r.json().get("name").stringValue();
    }

    @Test
    void lookupNamesTheCallerInSeed004OrderWhateverTheNumberFormat() {
        assertThat(lookup(anna, "061234567")).as("her private contact first").isEqualTo("personal:Pizzeria Da Gino");
        assertThat(lookup(bruno, "+39061234567")).as("then the shared phonebook, before his own public")
            .isEqualTo("shared:Nicola Conti");
        for (String form : List.of("0039061234567", "39061234567", "+39 06 1234567", "06-123-4567")) {
            assertThat(lookup(carlo, form)).as(form).isEqualTo("shared:Nicola Conti");
        }
        assertThat(lookup(carlo, "027777888")).as("then a public contact").isEqualTo("public:Nicoletta D'Amico");
        assertThat(lookup(bruno, "+39027777888")).as("his own public contact is personal for him")
            .isEqualTo("personal:Nicoletta D'Amico");
        assertThat(lookup(carlo, "1001")).isEqualTo("internal:Nicolò Bianchi");
        assertThat(lookup(carlo, "00393331112222")).as("an extension owner's mobile").isEqualTo("internal:Nicolò Bianchi");

        assertThat(carlo.get("/api/v1/phonebook/lookup?number=3470000000").status())
            .as("bruno's speed dial names nobody else's caller").isEqualTo(404);
        Api.Resp none = carlo.get("/api/v1/phonebook/lookup?number=0699999999");
        assertThat(none.status()).isEqualTo(404);
        assertThat(code(none)).isEqualTo("no_match");
        assertThat(carlo.get("/api/v1/phonebook/lookup?number=1234").status()).as("short numbers match exactly")
            .isEqualTo(404);
        assertThat(carlo.get("/api/v1/phonebook/lookup").status()).isEqualTo(400);
        assertThat(carlo.get("/api/v1/phonebook/lookup?number=abc").json().get("fields").get("number").stringValue())
            .contains("phone number");
        JsonNode found = anna.get("/api/v1/phonebook/lookup?number=061234567").json();
        assertThat(found.get("id").stringValue()).isEqualTo(annasPizzeria);
        assertThat(found.get("company").stringValue()).isEqualTo("Pizzeria Da Gino");
    }

    @Test
    void anEditIsSeenByTheNextSearchAndLookup() {
        manager.send("PATCH", "/api/v1/phonebook/shared/" + conti, "{\"lastName\":\"Contini\"}");
        assertThat(names(carlo, "contini")).containsExactly("shared:Nicola Contini");
        manager.send("DELETE", "/api/v1/phonebook/shared/" + conti, null);
        assertThat(names(carlo, "contini")).isEmpty();
        assertThat(lookup(carlo, "061234567")).isEqualTo("public:Nicoletta D'Amico");
    }
}
