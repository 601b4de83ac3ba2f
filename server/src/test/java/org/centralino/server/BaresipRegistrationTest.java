package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.centralino.testkit.Baresip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real softphone, baresip, registering to the PBX as a user's phone would. */
class BaresipRegistrationTest {
    @TempDir
    static Path tmp;
    static PbxFixture pbx;

    @BeforeAll
    static void start() throws Exception {
        pbx = PbxFixture.start(tmp.resolve("data"));
        assertThat(pbx.api("POST", "/api/v1/extensions",
            "{\"number\":\"4001\",\"name\":\"Laura Bianchi\",\"sipPassword\":\"bare-4001-pw\"}").statusCode())
            .isEqualTo(201);
        assertThat(pbx.api("POST", "/api/v1/extensions",
            "{\"number\":\"4002\",\"name\":\"Marco Neri\",\"sipPassword\":\"bare-4002-pw\"}").statusCode())
            .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        pbx.close();
    }

    @Test
    void baresipRegistersWithDigestAuthAndShowsInTheRegistrationsApi() throws Exception {
        try (Baresip phone = Baresip.start(tmp.resolve("phone-ok"), "<sip:4001@127.0.0.1:" + pbx.sipPort()
            + ";transport=udp>;auth_pass=bare-4001-pw;regint=300", Duration.ofSeconds(30))) {
            assertThat(phone.awaitLine("4001@127\\.0\\.0\\.1.*200 OK", Duration.ofSeconds(15)))
                .as(phone.output()).isTrue();
            assertThat(pbx.pbx.locations().of("4001")).singleElement().satisfies(b -> {
                assertThat(b.contact()).startsWith("sip:4001").contains("@127.0.0.1:");
                assertThat(b.userAgent()).contains("baresip");
            });
            assertThat(pbx.api("GET", "/api/v1/registrations", null).body()).contains("\"extension\":\"4001\"");
        }
    }

    @Test
    void baresipWithAWrongPasswordIsForbidden() throws Exception {
        try (Baresip phone = Baresip.start(tmp.resolve("phone-bad"), "<sip:4002@127.0.0.1:" + pbx.sipPort()
            + ";transport=udp>;auth_pass=not-the-password;regint=300", Duration.ofSeconds(30))) {
            assertThat(phone.awaitLine("4002@127\\.0\\.0\\.1.*403 Forbidden", Duration.ofSeconds(15)))
                .as(phone.output()).isTrue();
            assertThat(pbx.pbx.locations().of("4002")).isEmpty();
        }
    }
}
