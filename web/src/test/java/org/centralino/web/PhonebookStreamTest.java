package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralino.core.account.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** phonebook.changed on /api/v1/events: shared changes reach everyone, personal ones their owner only. */
class PhonebookStreamTest extends StreamTestBase {
    Api client(String token) {
        Api a = server.api();
        a.token = token;
        return a;
    }

    @Test
    void sharedChangesReachEveryoneAndPersonalOnesOnlyTheirOwner() {
        String annaToken = login("anna", Role.USER, "1001");
        String brunoToken = login("bruno", Role.USER, "1002");
        Api manager = client(login("rubrica", Role.PHONEBOOK_MANAGER, null));
        StreamTestClient anna = connect(annaToken, "");
        StreamTestClient bruno = connect(brunoToken, "");
        hello(anna);
        hello(bruno);

        String mine = client(annaToken).send("POST", "/api/v1/contacts", "{\"lastName\":\"Zia\"}").json().get("id")
            .stringValue();
        String shared = manager.send("POST", "/api/v1/phonebook/shared", "{\"company\":\"ACME\"}").json().get("id")
            .stringValue();

        JsonNode first = next(anna, "phonebook.changed");
        assertThat(first.get("data").toString())
            .isEqualTo("{\"book\":\"personal\",\"id\":\"" + mine + "\",\"action\":\"created\"}");
        assertThat(next(anna, "phonebook.changed").get("data").get("id").stringValue()).isEqualTo(shared);
        JsonNode brunos = next(bruno, "phonebook.changed");
        assertThat(brunos.get("data").toString()).as("anna's personal contact never reaches bruno")
            .isEqualTo("{\"book\":\"shared\",\"id\":\"" + shared + "\",\"action\":\"created\"}");
    }

    /** The next message of {@code type}, skipping others (presence and the like). */
    static JsonNode next(StreamTestClient c, String type) {
        while (true) {
            JsonNode m = c.next();
            if (m.get("type").stringValue().equals(type)) {
                return m;
            }
        }
    }
}
