package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.centralino.core.registrar.Binding;
import org.centralino.testkit.Sipp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registration from SIPp, a real SIP load tool, against a started PBX: digest auth over UDP and TCP. */
class SippRegistrationTest {
    @TempDir
    static Path tmp;
    static PbxFixture pbx;

    @BeforeAll
    static void start() throws Exception {
        pbx = PbxFixture.start(tmp.resolve("data"), """
            extensions:
              - number: "2001"
                name: Anna
                sipPassword: pass-2001-x
              - number: "2002"
                name: Bea
                sipPassword: pass-2002-x
              - number: "2003"
                name: Carlo
                sipPassword: pass-2003-x
              - number: "2004"
                name: Dario
                sipPassword: pass-2004-x
            """);
    }

    @AfterAll
    static void stop() {
        pbx.close();
    }

    private static String creds(String number, String password) {
        return number + ";[authentication username=" + number + " password=" + password + "]";
    }

    @Test
    void threeExtensionsRegisterWithDigestAuthOverUdp() throws Exception {
        Sipp.Result r = Sipp.scenario("register-auth.xml", "127.0.0.1", pbx.sipPort())
            .users(tmp, List.of(creds("2001", "pass-2001-x"), creds("2002", "pass-2002-x"),
                creds("2003", "pass-2003-x")))
            .calls(3).run(Duration.ofSeconds(20));

        assertThat(r.allSucceeded()).as(r.output()).isTrue();
        assertThat(r.successful()).isEqualTo(3);
        List<Binding> all = pbx.pbx.locations().list();
        assertThat(all).extracting(Binding::extension).contains("2001", "2002", "2003");
        Binding b = pbx.pbx.locations().of("2001").getFirst();
        assertThat(b.source()).startsWith("udp:127.0.0.1:");
        assertThat(b.userAgent()).isEqualTo("SIPp");
        assertThat(b.expiresAt()).isAfter(java.time.Instant.now().plusSeconds(250));
        assertThat(pbx.api("GET", "/api/v1/registrations", null).body()).contains("\"extension\":\"2001\"");
    }

    @Test
    void registersOverTcp() throws Exception {
        Sipp.Result r = Sipp.scenario("register-auth.xml", "127.0.0.1", pbx.sipPort())
            .users(tmp, List.of(creds("2004", "pass-2004-x"))).tcp().calls(1).run(Duration.ofSeconds(20));

        assertThat(r.allSucceeded()).as(r.output()).isTrue();
        assertThat(pbx.pbx.locations().of("2004")).singleElement()
            .satisfies(b -> assertThat(b.source()).startsWith("tcp:127.0.0.1:"));
    }

    @Test
    void wrongPasswordIsForbiddenAfterTheChallenge() throws Exception {
        Sipp.Result r = Sipp.scenario("register-forbidden.xml", "127.0.0.1", pbx.sipPort())
            .users(tmp, List.of(creds("2003", "not-the-password"))).calls(1).run(Duration.ofSeconds(20));

        assertThat(r.allSucceeded()).as(r.output()).isTrue();
    }

    @Test
    void unknownExtensionGetsTheSameAnswerAsAWrongPassword() throws Exception {
        Sipp.Result r = Sipp.scenario("register-forbidden.xml", "127.0.0.1", pbx.sipPort())
            .users(tmp, List.of(creds("7777", "anything-at-all"))).calls(1).run(Duration.ofSeconds(20));

        assertThat(r.allSucceeded()).as(r.output()).isTrue();
        assertThat(pbx.pbx.locations().of("7777")).isEmpty();
    }

    @Test
    void optionsIsAnsweredWithWhatWeAllow() throws Exception {
        Sipp.Result r = Sipp.scenario("options.xml", "127.0.0.1", pbx.sipPort()).calls(1)
            .run(Duration.ofSeconds(20));

        assertThat(r.allSucceeded()).as(r.output()).isTrue();
    }
}
