package org.centralino.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real baresip phones call each other straight (no PBX): each sends its own tone, and each recording of
 * what came in holds the other's tone and not its own. This is what PBX tests build on to prove that media
 * crosses the PBX both ways.
 */
class BaresipCallTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration LIFETIME = Duration.ofSeconds(40);

    @TempDir
    Path tmp;

    @Test
    void twoPhonesHearEachOthersToneWhenTheCalleeAnswersByItself() throws Exception {
        try (Baresip alice = Baresip.in(tmp.resolve("alice")).peer("alice").tone(440).lifetime(LIFETIME).start();
             Baresip bob = Baresip.in(tmp.resolve("bob")).peer("bob").tone(1000).autoAnswer().lifetime(LIFETIME)
                 .start()) {
            assertThat(alice.dial(bob.uri())).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            assertThat(bob.awaitEvent("CALL_ESTABLISHED", WAIT)).as(bob.output()).isTrue();
            Thread.sleep(3000);
            assertThat(alice.hangup()).isTrue();
            assertThat(alice.awaitEvent("CALL_CLOSED", WAIT)).isTrue();
            assertThat(bob.awaitEvent("CALL_CLOSED", WAIT)).isTrue();

            ToneAnalysis heardByAlice = ToneAnalysis.of(alice.receivedAudio().orElseThrow());
            ToneAnalysis heardByBob = ToneAnalysis.of(bob.receivedAudio().orElseThrow());
            assertThat(heardByAlice.containsTone(1000, Duration.ofMillis(2500), 20))
                .as(heardByAlice.describe(440, 1000)).isTrue();
            assertThat(heardByAlice.toneFraction(440)).isLessThan(0.01);
            assertThat(heardByBob.containsTone(440, Duration.ofMillis(2500), 20))
                .as(heardByBob.describe(440, 1000)).isTrue();
            assertThat(heardByBob.toneFraction(1000)).isLessThan(0.01);
            assertThat(ToneAnalysis.of(alice.sentAudio().orElseThrow()).dominantFrequency()).isEqualTo(440);
        }
    }

    @Test
    void aCalleeThatDoesNotAnswerByItselfRingsUntilAccepted() throws Exception {
        try (Baresip alice = Baresip.in(tmp.resolve("alice")).peer("alice").tone(700).lifetime(LIFETIME).start();
             Baresip bob = Baresip.in(tmp.resolve("bob")).peer("bob").tone(1500).lifetime(LIFETIME).start()) {
            assertThat(alice.dial(bob.uri())).isTrue();
            assertThat(bob.awaitEvent("CALL_INCOMING", WAIT)).as(bob.output()).isTrue();
            assertThat(alice.awaitEvent("CALL_RINGING", WAIT)).isTrue();
            assertThat(alice.events()).doesNotContain("CALL_ESTABLISHED");

            assertThat(bob.accept()).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).isTrue();
            Thread.sleep(1500);
            assertThat(bob.hangup()).isTrue();
            assertThat(alice.awaitEvent("CALL_CLOSED", WAIT)).as("the far end hung up").isTrue();

            ToneAnalysis heardByAlice = ToneAnalysis.of(alice.receivedAudio().orElseThrow());
            assertThat(heardByAlice.containsTone(1500, Duration.ofSeconds(1), 20))
                .as(heardByAlice.describe(700, 1500)).isTrue();
        }
    }

    @Test
    void aPhoneRegistersWithDigestAuthOnlyWithTheRightPassword() throws Exception {
        try (Sipp.Running registrar = Sipp.scenario("stub-registrar.xml", "127.0.0.1", 9).workDir(tmp)
                 .media(Sipp.Media.NONE).start(LIFETIME);
             Baresip good = Baresip.in(tmp.resolve("good")).lifetime(LIFETIME).account("<sip:3001@127.0.0.1:"
                 + registrar.port() + ";transport=udp>;auth_pass=secret-3001;regint=300").start()) {
            assertThat(good.awaitRegistered(WAIT)).as(good.output()).isTrue();
        }
        try (Sipp.Running registrar = Sipp.scenario("stub-registrar.xml", "127.0.0.1", 9).workDir(tmp)
                 .media(Sipp.Media.NONE).start(LIFETIME);
             Baresip bad = Baresip.in(tmp.resolve("bad")).lifetime(LIFETIME).account("<sip:3002@127.0.0.1:"
                 + registrar.port() + ";transport=udp>;auth_pass=wrong;regint=300").start()) {
            assertThat(bad.awaitRegistered(Duration.ofSeconds(2))).isFalse();
            assertThat(bad.awaitLine("403 Forbidden", WAIT)).as(bad.output()).isTrue();
        }
    }

    @Test
    void aPhoneThatHadNoCallHasNoRecording() throws Exception {
        try (Baresip alice = Baresip.in(tmp.resolve("alone")).peer("alone").lifetime(LIFETIME).start()) {
            assertThat(alice.receivedAudio()).isEmpty();
            assertThat(alice.uri()).isEqualTo("sip:alone@127.0.0.1:" + alice.sipPort());
        }
    }
}
