package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.centralino.testkit.Baresip;
import org.centralino.testkit.ToneAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real phones (baresip) registered to the PBX call each other through it (issue 3, "Done when"): the callee
 * answers by itself, each sends its own tone, and each hears the other's tone and not its own: the audio crossed
 * the PBX's relay both ways. The recordings are analysed; an empty or silent one fails.
 */
class BaresipCallTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;
    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    private static Baresip phone(String number, int toneHz, boolean autoAnswer) throws Exception {
        return phone(number, number, toneHz, autoAnswer);
    }

    private static Baresip phone(String number, String device, int toneHz, boolean autoAnswer) throws Exception {
        Baresip.Builder b = Baresip.in(tmp.resolve("phone-" + device)).tone(toneHz).lifetime(LIFETIME)
            .account("<sip:" + number + "@127.0.0.1:" + flows.pbx.sipPort() + ";transport=udp>;auth_pass=secret-"
                + number + ";regint=60");
        Baresip phone = (autoAnswer ? b.autoAnswer() : b).start();
        assertThat(phone.awaitRegistered(WAIT)).as(phone.output()).isTrue();
        return phone;
    }

    @Test
    void twoPhonesTalkThroughThePbxAndEachHearsTheOther() throws Exception {
        try (Baresip alice = phone("101", 440, false); Baresip bruno = phone("102", 1000, true)) {
            assertThat(alice.dial("sip:102@127.0.0.1:" + flows.pbx.sipPort())).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            assertThat(bruno.awaitEvent("CALL_ESTABLISHED", WAIT)).as(bruno.output()).isTrue();
            assertThat(flows.pbx.pbx.calls().activeCalls()).isEqualTo(1);
            Thread.sleep(3000); // three seconds of conversation to record
            assertThat(alice.hangup()).isTrue();
            assertThat(alice.awaitEvent("CALL_CLOSED", WAIT)).isTrue();
            assertThat(bruno.awaitEvent("CALL_CLOSED", WAIT)).as("the PBX relayed the BYE").isTrue();

            ToneAnalysis heardByAlice = ToneAnalysis.of(alice.receivedAudio().orElseThrow());
            ToneAnalysis heardByBruno = ToneAnalysis.of(bruno.receivedAudio().orElseThrow());
            assertThat(heardByAlice.containsTone(1000, Duration.ofMillis(2000), 20))
                .as("alice hears bruno: " + heardByAlice.describe(440, 1000)).isTrue();
            assertThat(heardByAlice.toneFraction(440)).as("alice does not hear herself").isLessThan(0.01);
            assertThat(heardByBruno.containsTone(440, Duration.ofMillis(2000), 20))
                .as("bruno hears alice: " + heardByBruno.describe(440, 1000)).isTrue();
            assertThat(heardByBruno.toneFraction(1000)).as("bruno does not hear himself").isLessThan(0.01);
        }
        long billable = ExpectedRecord.aliceToBruno("CALLER").check(flows.record("101"));
        assertThat(billable).isBetween(2L, 6L);
        flows.pbx.pbx.locations().removeAll("101");
        flows.pbx.pbx.locations().removeAll("102");
    }

    /** One extension on two phones: both ring; the one that answers gets the call, the other stops ringing. */
    @Test
    void bothPhonesOfAnExtensionRingAndTheOtherStopsWhenOneAnswers() throws Exception {
        try (Baresip alice = phone("101", "101-fork", 440, false);
             Baresip desk = phone("102", "102-desk", 1000, false);
             Baresip mobile = phone("102", "102-mobile", 1500, false)) {
            assertThat(flows.pbx.pbx.locations().of("102")).hasSize(2);
            assertThat(alice.dial("sip:102@127.0.0.1:" + flows.pbx.sipPort())).isTrue();
            assertThat(desk.awaitEvent("CALL_INCOMING", WAIT)).as(desk.output()).isTrue();
            assertThat(mobile.awaitEvent("CALL_INCOMING", WAIT)).as(mobile.output()).isTrue();
            assertThat(alice.awaitEvent("CALL_RINGING", WAIT)).isTrue();

            assertThat(mobile.accept()).isTrue();
            assertThat(alice.awaitEvent("CALL_ESTABLISHED", WAIT)).as(alice.output()).isTrue();
            assertThat(desk.awaitEvent("CALL_CLOSED", WAIT)).as("the desk phone stops ringing: " + desk.output())
                .isTrue();
            assertThat(desk.events()).doesNotContain("CALL_ESTABLISHED");
            Thread.sleep(1500);
            assertThat(mobile.hangup()).isTrue();
            assertThat(alice.awaitEvent("CALL_CLOSED", WAIT)).isTrue();

            ToneAnalysis heardByAlice = ToneAnalysis.of(alice.receivedAudio().orElseThrow());
            assertThat(heardByAlice.containsTone(1500, Duration.ofMillis(1000), 20))
                .as("alice hears the phone that answered: " + heardByAlice.describe(1000, 1500)).isTrue();
            assertThat(heardByAlice.toneFraction(1000)).as("and not the one that rang").isLessThan(0.01);
        }
        ExpectedRecord.aliceToBruno("CALLEE")
            .check(flows.record("101"));
        flows.pbx.pbx.locations().removeAll("101");
        flows.pbx.pbx.locations().removeAll("102");
    }
}
