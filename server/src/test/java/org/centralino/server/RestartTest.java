package org.centralino.server;

import org.centralino.media.rtp.RtpEngineConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.centralino.testkit.Sipp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was configured survives a restart: extensions made through the API register after it, DND still shows. */
class RestartTest {
    @TempDir
    Path tmp;

    @Test
    void extensionsCreatedThroughTheApiSurviveARestartAndCanRegister() throws Exception {
        Path data = tmp.resolve("data");
        try (PbxFixture first = PbxFixture.start(data)) {
            assertThat(first.api("POST", "/api/v1/extensions",
                "{\"number\":\"5001\",\"name\":\"Nadia Russo\",\"sipPassword\":\"restart-5001\","
                    + "\"email\":\"nadia@example.com\"}").statusCode()).isEqualTo(201);
            assertThat(first.api("PATCH", "/api/v1/extensions/5001/forwarding", "{\"dnd\":true}").statusCode())
                .isEqualTo(200);
        }
        Path key = data.resolve("secrets/ha1.key");
        assertThat(java.nio.file.Files.size(key)).isEqualTo(32);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(key)))
            .isEqualTo("rw-------");
        try (PbxFixture second = PbxFixture.start(data)) {
            String body = second.api("GET", "/api/v1/extensions/5001", null).body();
            assertThat(body).contains("\"name\":\"Nadia Russo\"", "\"email\":\"nadia@example.com\"")
                .doesNotContain("restart-5001");
            Sipp.Result r = Sipp.scenario("register-auth.xml", "127.0.0.1", second.sipPort())
                .users(tmp, List.of("5001;[authentication username=5001 password=restart-5001]")).calls(1)
                .run(Duration.ofSeconds(20));
            assertThat(r.allSucceeded()).as(r.output()).isTrue();
            assertThat(second.api("GET", "/api/v1/presence", null).body())
                .as("DND set before the restart still shows once the phone registers")
                .contains("{\"extension\":\"5001\",\"name\":\"Nadia Russo\",\"state\":\"dnd\"}");
        }
    }

    @Test
    void aRestartWithAnotherRealmIsRefusedWithAMessageThatNamesTheRealm() throws Exception {
        Path data = tmp.resolve("realm");
        try (PbxFixture first = PbxFixture.start(data)) {
            assertThat(first.sipPort()).isPositive();
        }
        ServerConfig other = new ServerConfig(data, java.net.InetAddress.getLoopbackAddress(), 0, 0,
            ServerConfig.DEFAULT_RTP_PORTS, RtpEngineConfig.DEFAULT_RTP_TIMEOUT, null, PbxFixture.ADMIN_PASSWORD, "elsewhere", null,
            ServerConfig.DEFAULT_LANGUAGE, ServerConfig.DEFAULT_TONE_PLAN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Centralino(other).start())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("'centralino'").hasMessageContaining("--realm centralino");
        try (PbxFixture again = PbxFixture.start(data)) {
            assertThat(again.sipPort()).as("the refused start left nothing bound").isPositive();
        }
    }
}
