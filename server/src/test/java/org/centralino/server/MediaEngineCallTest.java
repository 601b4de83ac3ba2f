package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.core.app.ApplicationEvent;
import org.centralino.testkit.Baresip;
import org.centralino.testkit.ToneAnalysis;
import org.centralino.testkit.WavFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;

/**
 * The media engine with real phones (issue 4, "Done when"): a wideband phone talks to a narrowband one through
 * the PBX's transcoder, and a phone reaches the demo applications, which play prompts, echo its voice and read
 * the keys it sends as RFC 4733 events. Every recording is analysed; a silent one fails.
 */
class MediaEngineCallTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration LIFETIME = Duration.ofSeconds(90);
    private static final List<ApplicationEvent.DigitsRead> DIGITS = new CopyOnWriteArrayList<>();

    @TempDir
    static Path tmp;
    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    @BeforeAll
    static void listen() {
        flows.pbx.pbx.events().subscribe(ApplicationEvent.DigitsRead.class, DIGITS::add);
    }

    private static Baresip phone(String number, String device, int toneHz, boolean autoAnswer, String... codecs)
        throws Exception {
        Baresip.Builder b = Baresip.in(tmp.resolve("phone-" + device)).tone(toneHz).lifetime(LIFETIME)
            .codecs(codecs)
            .account("<sip:" + number + "@127.0.0.1:" + flows.pbx.sipPort() + ";transport=udp>;auth_pass=secret-"
                + number + ";regint=60");
        Baresip phone = (autoAnswer ? b.autoAnswer() : b).start();
        assertThat(phone.awaitRegistered(WAIT)).as(phone.output()).isTrue();
        return phone;
    }

    private static String pbxUri(String number) {
        return "sip:" + number + "@127.0.0.1:" + flows.pbx.sipPort();
    }

    @Test
    void aWidebandPhoneAndANarrowbandPhoneHearEachOtherThroughTheTranscoder() throws Exception {
        try (Baresip alice = phone("101", "101-g722", 440, false, "g722");
             Baresip bruno = phone("102", "102-g711", 1000, true, "g711")) {
            assertThat(alice.dial(pbxUri("102"))).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            assertThat(bruno.awaitEvent("CALL_ESTABLISHED", WAIT)).as(bruno.output()).isTrue();
            Thread.sleep(3000);
            assertThat(alice.hangup()).isTrue();
            assertThat(bruno.awaitEvent("CALL_CLOSED", WAIT)).isTrue();

            Path aliceHeard = alice.receivedAudio().orElseThrow();
            Path brunoHeard = bruno.receivedAudio().orElseThrow();
            assertThat(WavFile.read(aliceHeard).sampleRate()).as("alice decoded G.722").isEqualTo(16_000);
            assertThat(WavFile.read(brunoHeard).sampleRate()).as("bruno decoded G.711").isEqualTo(8_000);
            ToneAnalysis a = ToneAnalysis.of(aliceHeard);
            ToneAnalysis b = ToneAnalysis.of(brunoHeard);
            assertThat(a.containsTone(1000, Duration.ofMillis(2000), 20)).as("alice hears bruno: " + a.describe(440, 1000))
                .isTrue();
            assertThat(a.toneFraction(440)).as("alice does not hear herself").isLessThan(0.01);
            assertThat(b.containsTone(440, Duration.ofMillis(2000), 20)).as("bruno hears alice: " + b.describe(440, 1000))
                .isTrue();
            assertThat(b.toneFraction(1000)).as("bruno does not hear himself").isLessThan(0.01);
        }
        flows.pbx.pbx.locations().removeAll("101");
        flows.pbx.pbx.locations().removeAll("102");
    }

    @Test
    void theEchoTestPlaysItsPromptThenReturnsTheCallersVoiceUntilPound() throws Exception {
        try (Baresip alice = phone("101", "101-echo", 700, false, "g711")) {
            assertThat(alice.dial(pbxUri("*43"))).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            Thread.sleep(9000); // the prompt, then the echo
            alice.sendDigits("#");
            assertThat(alice.awaitEvent("CALL_CLOSED", WAIT)).as("the PBX hangs up after #: " + alice.output())
                .isTrue();
            ToneAnalysis heard = ToneAnalysis.of(alice.receivedAudio().orElseThrow());
            assertThat(heard.containsTone(700, Duration.ofMillis(2000), 20))
                .as("alice hears her own tone back: " + heard.describe(700)).isTrue();
        }
        flows.pbx.pbx.locations().removeAll("101");
    }

    @Test
    void keysSentAsTelephoneEventsReachTheApplication() throws Exception {
        DIGITS.clear();
        try (Baresip alice = phone("101", "101-keys", 700, false, "g711")) {
            assertThat(alice.dial(pbxUri("*45"))).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            Thread.sleep(1000);
            alice.sendDigits("1234#");
            await().atMost(WAIT).until(() -> !DIGITS.isEmpty());
            assertThat(DIGITS.getFirst().digits()).isEqualTo("1234");
            assertThat(DIGITS.getFirst().application()).isEqualTo("*45");
            assertThat(alice.awaitEvent("CALL_CLOSED", WAIT)).as("the demo says the keys and hangs up").isTrue();
        }
        flows.pbx.pbx.locations().removeAll("101");
    }

    /** Three phones in the demo conference room: each hears the two others and not itself. */
    @Test
    void threePhonesInAConferenceEachHearTheOthersButNotThemselves() throws Exception {
        try (Baresip alice = phone("101", "101-conf", 500, false, "g711");
             Baresip bruno = phone("102", "102-conf", 1100, false, "g722");
             Baresip carla = phone("103", "103-conf", 1700, false, "g711")) {
            for (Baresip p : List.of(alice, bruno, carla)) {
                assertThat(p.dial(pbxUri("*47"))).isTrue();
                assertThat(p.awaitEvent("CALL_ESTABLISHED", WAIT)).as(p.output()).isTrue();
            }
            await().atMost(WAIT).until(() -> flows.pbx.pbx.conferences().size("demo") == 3);
            Thread.sleep(4000);
            for (Baresip p : List.of(alice, bruno, carla)) {
                p.sendDigits("#");
                assertThat(p.awaitEvent("CALL_CLOSED", WAIT)).as("# leaves the room: " + p.output()).isTrue();
            }
            ToneAnalysis a = ToneAnalysis.of(alice.receivedAudio().orElseThrow());
            ToneAnalysis b = ToneAnalysis.of(bruno.receivedAudio().orElseThrow());
            ToneAnalysis c = ToneAnalysis.of(carla.receivedAudio().orElseThrow());
            assertHears(a, "alice", 500, 1100, 1700);
            assertHears(b, "bruno", 1100, 500, 1700);
            assertHears(c, "carla", 1700, 500, 1100);
        }
        flows.pbx.pbx.locations().removeAll("101");
        flows.pbx.pbx.locations().removeAll("102");
        flows.pbx.pbx.locations().removeAll("103");
    }

    private static void assertHears(ToneAnalysis heard, String who, int own, int first, int second) {
        String what = who + " heard " + heard.describe(own, first, second);
        assertThat(heard.secondsOfTone(first, 0.1)).as(what).isGreaterThan(1);
        assertThat(heard.secondsOfTone(second, 0.1)).as(what).isGreaterThan(1);
        assertThat(heard.toneFraction(own)).as(what).isLessThan(0.02);
    }

    /** An application hands its caller over: *46 asks for an extension and puts the caller through to it. */
    @Test
    void anApplicationPutsTheCallerThroughToTheExtensionItTyped() throws Exception {
        try (Baresip alice = phone("101", "101-ivr", 500, false, "g711");
             Baresip bruno = phone("102", "102-ivr", 1300, true, "g722")) {
            assertThat(alice.dial(pbxUri("*46"))).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            Thread.sleep(1000);
            alice.sendDigits("102#");
            assertThat(bruno.awaitEvent("CALL_ESTABLISHED", WAIT)).as("102 rang and answered: " + bruno.output())
                .isTrue();
            assertThat(bruno.output()).as("102 sees who calls").contains("sip:101@");
            Thread.sleep(3000);
            assertThat(bruno.hangup()).isTrue();
            assertThat(alice.awaitEvent("CALL_CLOSED", WAIT)).as("the BYE reaches the caller").isTrue();
            ToneAnalysis heardByBruno = ToneAnalysis.of(bruno.receivedAudio().orElseThrow());
            assertThat(heardByBruno.containsTone(500, Duration.ofMillis(2000), 20))
                .as("bruno hears alice: " + heardByBruno.describe(500, 1300)).isTrue();
            assertThat(heardByBruno.toneFraction(1300)).as("and not himself").isLessThan(0.02);
        }
        flows.pbx.pbx.locations().removeAll("101");
        flows.pbx.pbx.locations().removeAll("102");
    }

    /** *44 says the time twice from the prompt library (in the jar's resources) and hangs up by itself. */
    @Test
    void theSpeakingClockSpeaksThenHangsUp() throws Exception {
        try (Baresip alice = phone("101", "101-clock", 700, false, "g722")) {
            assertThat(alice.dial(pbxUri("*44"))).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            assertThat(alice.awaitEvent("CALL_CLOSED", Duration.ofSeconds(40))).as("the PBX hangs up").isTrue();
            ToneAnalysis heard = ToneAnalysis.of(alice.receivedAudio().orElseThrow());
            assertThat(heard.seconds()).as("the time, twice, then goodbye: " + heard).isGreaterThan(3);
            assertThat(heard.rmsDbfs()).as("speech, not silence: " + heard).isGreaterThan(-35);
            assertThat(heard.toneFraction(700)).as("the caller is not echoed: " + heard.describe(700)).isLessThan(0.1);
        }
        flows.pbx.pbx.locations().removeAll("101");
    }
}
