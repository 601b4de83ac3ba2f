package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralino.core.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shared phonebook and personal contacts: CRUD, validation, rights, ETag/If-Match. */
class PhonebookApiTest extends PhonebookTestBase {
    static final String ROSSI = "{\"firstName\":\"Mario\",\"lastName\":\"Rossi\",\"company\":\"Rossi S.r.l.\","
        + "\"department\":\"Acquisti\",\"title\":\"Buyer\",\"workPhone\":\"+39 (06) 1234-5678\","
        + "\"mobilePhone\":\"333.123.4567\",\"homePhone\":\"06 9876543\",\"email\":\"mario@rossi.it\","
        + "\"notes\":\"calls on Mondays\\nask for Anna\"}";

    Api manager;
    Api anna;
    Api bruno;

    @BeforeEach
    void users() {
        api.login();
        manager = user("rubrica", Role.PHONEBOOK_MANAGER, null);
        anna = user("anna", Role.USER, "1001");
        bruno = user("bruno", Role.USER, "1002");
    }

    @Test
    void thePhonebookManagerCreatesReadsChangesAndDeletesASharedContact() {
        Api.Resp r = manager.send("POST", "/api/v1/phonebook/shared", ROSSI);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(r.header("Location")).isEqualTo("/api/v1/phonebook/shared/" + id(c));
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        assertThat(c.propertyNames()).containsExactly("id", "owner", "visibility", "firstName", "lastName", "company",
            "department", "title", "workPhone", "mobilePhone", "homePhone", "email", "notes", "version", "createdAt",
            "updatedAt");
        assertThat(c.get("visibility").stringValue()).isEqualTo("shared");
        assertThat(c.get("owner").stringValue()).isEqualTo("rubrica");
        assertThat(c.get("workPhone").stringValue()).isEqualTo("+39 (06) 1234-5678");
        assertThat(c.get("notes").stringValue()).isEqualTo("calls on Mondays\nask for Anna");
        assertThat(c.get("version").longValue()).isEqualTo(1);

        Api.Resp read = anna.get("/api/v1/phonebook/shared/" + id(c));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(c);
        assertThat(anna.get("/api/v1/phonebook/shared").json().get("items")).containsExactly(c);

        Api.Resp patched = manager.send("PATCH", "/api/v1/phonebook/shared/" + id(c),
            "{\"title\":null,\"company\":\"Rossi S.p.A.\"}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        assertThat(patched.json().get("title").isNull()).isTrue();
        assertThat(patched.json().get("company").stringValue()).isEqualTo("Rossi S.p.A.");
        assertThat(patched.json().get("lastName").stringValue()).isEqualTo("Rossi");

        assertThat(api.send("DELETE", "/api/v1/phonebook/shared/" + id(c), null).status())
            .as("an administrator manages the shared phonebook too").isEqualTo(204);
        assertThat(anna.get("/api/v1/phonebook/shared/" + id(c)).status()).isEqualTo(404);
    }

    @Test
    void aPlainUserCannotChangeTheSharedPhonebook() {
        JsonNode c = created(manager, "/api/v1/phonebook/shared", ROSSI);
        Api.Resp create = anna.send("POST", "/api/v1/phonebook/shared", ROSSI);
        assertThat(create.status()).isEqualTo(403);
        assertThat(code(create)).isEqualTo("forbidden");
        assertThat(anna.send("PATCH", "/api/v1/phonebook/shared/" + id(c), "{\"title\":\"x\"}").status())
            .isEqualTo(403);
        assertThat(anna.send("DELETE", "/api/v1/phonebook/shared/" + id(c), null).status()).isEqualTo(403);
        Api operator = user("centralinista", Role.OPERATOR, "1000");
        assertThat(operator.send("POST", "/api/v1/phonebook/shared", ROSSI).status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/phonebook/shared/" + id(c)).json()).isEqualTo(c);
    }

    @Test
    void personalContactsAreTheOwnersAndPrivateOnesDoNotLeak() {
        JsonNode priv = created(anna, "/api/v1/contacts", "{\"firstName\":\"Zia\",\"lastName\":\"Pina\"}");
        JsonNode pub = created(anna, "/api/v1/contacts",
            "{\"visibility\":\"public\",\"company\":\"Pizzeria Da Gino\",\"workPhone\":\"06 555 1234\"}");
        JsonNode speed = created(anna, "/api/v1/contacts",
            "{\"visibility\":\"speeddial\",\"firstName\":\"Mamma\",\"mobilePhone\":\"+39 347 000 1111\"}");
        assertThat(priv.get("visibility").stringValue()).isEqualTo("private");
        assertThat(anna.get("/api/v1/contacts").json().get("items")).containsExactly(speed, priv, pub);

        for (JsonNode hidden : new JsonNode[] {priv, speed}) {
            Api.Resp r = bruno.get("/api/v1/contacts/" + id(hidden));
            assertThat(r.status()).isEqualTo(404);
            assertThat(code(r)).isEqualTo("contact_not_found");
            assertThat(bruno.send("PATCH", "/api/v1/contacts/" + id(hidden), "{\"notes\":\"x\"}").status())
                .isEqualTo(404);
            assertThat(bruno.send("DELETE", "/api/v1/contacts/" + id(hidden), null).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/contacts/" + id(hidden)).status()).as("not even an administrator")
                .isEqualTo(404);
        }
        assertThat(bruno.get("/api/v1/contacts").json().get("items")).isEmpty();
        assertThat(bruno.get("/api/v1/contacts?scope=public").json().get("items")).containsExactly(pub);
        assertThat(bruno.get("/api/v1/contacts/" + id(pub)).json()).isEqualTo(pub);
        Api.Resp write = bruno.send("PATCH", "/api/v1/contacts/" + id(pub), "{\"notes\":\"mine now\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("message").stringValue()).contains("only its creator");
        assertThat(bruno.send("DELETE", "/api/v1/contacts/" + id(pub), null).status()).isEqualTo(403);

        assertThat(anna.get("/api/v1/phonebook/shared/" + id(priv)).status())
            .as("a personal contact is not in the shared phonebook").isEqualTo(404);
        assertThat(anna.send("PATCH", "/api/v1/contacts/" + id(pub), "{\"visibility\":\"private\"}").json()
            .get("visibility").stringValue()).isEqualTo("private");
        assertThat(bruno.get("/api/v1/contacts/" + id(pub)).status()).isEqualTo(404);
        assertThat(anna.send("DELETE", "/api/v1/contacts/" + id(priv), null).status()).isEqualTo(204);
        assertThat(anna.get("/api/v1/contacts/" + id(priv)).status()).isEqualTo(404);
    }

    @Test
    void everyBadFieldIsNamedWithItsReason() {
        Api.Resp r = anna.send("POST", "/api/v1/contacts", "{\"visibility\":\"secret\",\"workPhone\":\"06-ABC\","
            + "\"mobilePhone\":\"+\",\"homePhone\":\"1\",\"email\":\"not-an-email\",\"title\":\"" + "x".repeat(101)
            + "\",\"department\":\"a\\u0007b\",\"notes\":\"" + "n".repeat(2001) + "\"}");
        assertThat(r.status()).isEqualTo(422);
        JsonNode f = r.json().get("fields");
        assertThat(code(r)).isEqualTo("validation_failed");
        assertThat(f.get("visibility").stringValue()).contains("private, public, speeddial");
        assertThat(f.get("workPhone").stringValue()).contains("must be a phone number");
        assertThat(f.get("mobilePhone").stringValue()).contains("must be a phone number");
        assertThat(f.get("homePhone").stringValue()).contains("2 to 20 digits");
        assertThat(f.get("email").stringValue()).contains("e-mail address");
        assertThat(f.get("title").stringValue()).contains("at most 100");
        assertThat(f.get("department").stringValue()).contains("control characters");
        assertThat(f.get("notes").stringValue()).contains("at most 2000");
        assertThat(f.get("lastName").stringValue()).contains("a first name, a last name or a company");

        Api.Resp tooLong = anna.send("POST", "/api/v1/contacts", "{\"lastName\":\"x\",\"workPhone\":\""
            + "1".repeat(21) + "\"}");
        assertThat(tooLong.json().get("fields").get("workPhone").stringValue()).contains("2 to 20 digits");
        assertThat(anna.send("POST", "/api/v1/contacts", "{\"company\":\"  \"}").json().get("fields")
            .has("lastName")).as("blank is none").isTrue();
        Api.Resp unknown = anna.send("POST", "/api/v1/contacts", "{\"lastName\":\"x\",\"fax\":\"1\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(code(unknown)).isEqualTo("unknown_field");
        Api.Resp wrongType = anna.send("POST", "/api/v1/contacts", "{\"lastName\":7}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("fields").get("lastName").stringValue()).contains("must be a string");
        assertThat(code(manager.send("POST", "/api/v1/phonebook/shared",
            "{\"lastName\":\"x\",\"visibility\":\"public\"}"))).as("no visibility in the shared phonebook").isEqualTo("unknown_field");
        assertThat(anna.send("POST", "/api/v1/contacts", null).status()).isEqualTo(415);
    }

    @Test
    void aPatchIsCheckedLikeACreateAndNullVisibilityIsRefused() {
        JsonNode c = created(anna, "/api/v1/contacts", "{\"lastName\":\"Verdi\"}");
        Api.Resp r = anna.send("PATCH", "/api/v1/contacts/" + id(c), "{\"lastName\":null,\"visibility\":null,"
            + "\"email\":\"x@\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("fields").get("visibility").stringValue()).contains("not null");
        assertThat(r.json().get("fields").get("email").stringValue()).contains("e-mail");
        assertThat(r.json().get("fields").get("lastName").stringValue()).contains("a first name, a last name");
        Api.Resp same = anna.send("PATCH", "/api/v1/contacts/" + id(c), "{\"lastName\":\" Verdi \"}");
        assertThat(same.json().get("version").longValue()).as("no change, no new version").isEqualTo(1);
        JsonNode shared = created(manager, "/api/v1/phonebook/shared", "{\"company\":\"ACME\"}");
        Api.Resp vis = manager.send("PATCH", "/api/v1/phonebook/shared/" + id(shared), "{\"company\":\"ACME 2\","
            + "\"visibility\":\"public\"}");
        assertThat(vis.status()).isEqualTo(400);
    }

    @Test
    void aStaleIfMatchGets412AndTheCurrentOneWins() {
        JsonNode c = created(anna, "/api/v1/contacts", "{\"lastName\":\"Neri\"}");
        String path = "/api/v1/contacts/" + id(c);
        assertThat(sendWith(anna, "PATCH", path, "{\"firstName\":\"Ugo\"}", "If-Match", "\"1\"").status())
            .isEqualTo(200);
        Api.Resp stale = sendWith(anna, "PATCH", path, "{\"firstName\":\"Ivo\"}", "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(code(stale)).isEqualTo("precondition_failed");
        assertThat(sendWith(anna, "PATCH", path, "{\"firstName\":\"Ivo\"}", "If-Match", "bogus").status())
            .as("not an entity tag").isEqualTo(400);
        assertThat(sendWith(anna, "PATCH", path, "{\"firstName\":\"Ivo\"}", "If-Match", "W/\"2\"").status())
            .as("a weak tag never matches (RFC 9110 §13.1.1)").isEqualTo(412);
        assertThat(sendWith(anna, "DELETE", path, null, "If-Match", "\"1\"").status()).isEqualTo(412);
        Api.Resp read = anna.get(path);
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.json().get("firstName").stringValue()).isEqualTo("Ugo");
        assertThat(sendWith(anna, "DELETE", path, null, "If-Match", "\"2\"").status()).isEqualTo(204);
    }

    @Test
    void listsArePagedWithACursor() {
        for (String n : new String[] {"Esposito", "Bianchi", "Colombo", "Romano", "Ricci"}) {
            created(manager, "/api/v1/phonebook/shared", "{\"lastName\":\"" + n + "\"}");
        }
        Api.Resp first = anna.get("/api/v1/phonebook/shared?limit=2");
        assertThat(first.json().get("items")).extracting(n -> n.get("lastName").stringValue())
            .containsExactly("Bianchi", "Colombo");
        String cursor = first.json().get("nextCursor").stringValue();
        Api.Resp second = anna.get("/api/v1/phonebook/shared?limit=2&cursor=" + cursor);
        assertThat(second.json().get("items")).extracting(n -> n.get("lastName").stringValue())
            .containsExactly("Esposito", "Ricci");
        Api.Resp last = anna.get("/api/v1/phonebook/shared?limit=2&cursor="
            + second.json().get("nextCursor").stringValue());
        assertThat(last.json().get("items")).hasSize(1);
        assertThat(last.json().get("nextCursor").isNull()).isTrue();

        Api.Resp bad = anna.get("/api/v1/phonebook/shared?limit=0&cursor=nope");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").get("limit").stringValue()).contains("1 to 500");
        assertThat(bad.json().get("fields").get("cursor").stringValue()).contains("not a cursor");
        assertThat(anna.get("/api/v1/contacts?scope=everyone").json().get("fields").get("scope").stringValue())
            .contains("mine");
        assertThat(code(anna.get("/api/v1/phonebook/shared?sort=name")))
            .isEqualTo("unknown_parameter");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneContact() {
        Api.Resp first = sendWith(anna, "POST", "/api/v1/contacts", "{\"lastName\":\"Once\"}", "Idempotency-Key",
            "k-1");
        Api.Resp retry = sendWith(anna, "POST", "/api/v1/contacts", "{\"lastName\":\"Once\"}", "Idempotency-Key",
            "k-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(anna.get("/api/v1/contacts").json().get("items")).hasSize(1);
    }

    @Test
    void withoutATokenEveryRouteIs401() {
        Api nobody = server.api();
        for (String path : new String[] {"/api/v1/contacts", "/api/v1/phonebook/shared", "/api/v1/phonebook/search?q=a",
            "/api/v1/phonebook/lookup?number=1001", "/api/v1/phonebook/internal",
            "/api/v1/phonebook/shared/export.csv", "/api/v1/phonebook/personal/export.vcf"}) {
            assertThat(nobody.get(path).status()).as(path).isEqualTo(401);
        }
    }
}
