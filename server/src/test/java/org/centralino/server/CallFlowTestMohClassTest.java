package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.server.CallFlowHarness.T;

import java.net.http.HttpResponse;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.sdp.Direction;
import org.centralino.testkit.PhoneCall;
import org.centralino.testkit.TestPhone;
import org.centralino.testkit.ToneAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Music on hold per extension (issue 4): a held phone hears the class of the extension that holds it, uploaded
 * through the API; here each class is one pure tone, so what the held phone hears tells which class played.
 */
class CallFlowTestMohClassTest {
    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    /** Classes of one tone each (1 kHz and 400 Hz, 16 kHz PCM, 2 s, looped), set on 101 and 102. */
    void classes(String forAlice, String forBruno) throws Exception {
        upload("beep", 1000);
        upload("low", 400);
        patch("101", forAlice);
        patch("102", forBruno);
    }

    void upload(String className, int hz) throws Exception {
        HttpResponse<String> r = flows.pbx.upload("PUT", "/api/v1/moh/" + className + "/files/tone.wav",
            ApiWiringTest.sineWav(32000, hz), "audio/wav");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    }

    void patch(String number, String mohClass) throws Exception {
        String value = mohClass == null ? "null" : "\"" + mohClass + "\"";
        HttpResponse<String> r = flows.pbx.api("PATCH", "/api/v1/extensions/" + number, "{\"mohClass\":" + value + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @AfterEach
    void defaults() throws Exception {
        patch("101", null);
        patch("102", null);
    }

    /** {@code holder} puts the call on hold and takes it back; what {@code held} heard meanwhile. */
    static ToneAnalysis heardWhileHeld(PhoneCall holder, TestPhone holderPhone, PhoneCall heldCall, TestPhone held)
        throws Exception {
        SipResponse hold = hold(holder, heldCall, holderPhone.sdp(Direction.SENDONLY), held.sdp(Direction.RECVONLY));
        assertThat(hold.status()).isEqualTo(200);
        int from = held.rtp().audioMark();
        Thread.sleep(3000);
        int to = held.rtp().audioMark();
        assertThat(hold(holder, heldCall, holderPhone.sdp(), held.sdp()).status()).isEqualTo(200);
        return ToneAnalysis.of(held.rtp().receivedAudio(from + 8000, to), 8000); // the first second may be relay
    }

    private static SipResponse hold(PhoneCall holder, PhoneCall heldCall, String offer, String answer) {
        var sent = holder.reinvite(offer);
        SipRequest relayed = heldCall.awaitReinvite(T);
        heldCall.respond(relayed, 200, answer);
        heldCall.awaitRequest("ACK", T);
        SipResponse ok = sent.awaitFinal(T);
        holder.ack(ok);
        return ok;
    }

    @Test
    void theHeldPhoneHearsTheHoldingExtensionsClassWhicheverSideHolds() throws Exception {
        classes("beep", "low");
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);
        alice.rtp().send(call.pbxForCaller(), 600); // 12 s of silence each way
        bruno.rtp().send(call.pbxForCallee(), 600);
        bruno.rtp().awaitReceived(25, T);

        ToneAnalysis brunoHeard = heardWhileHeld(call.caller(), alice, call.callee(), bruno);
        assertThat(brunoHeard.seconds()).as("music lasted").isGreaterThan(1.5);
        assertThat(brunoHeard.toneFraction(1000)).as("alice's class 'beep': " + brunoHeard).isGreaterThan(0.8);
        assertThat(brunoHeard.toneFraction(400)).isLessThan(0.05);

        ToneAnalysis aliceHeard = heardWhileHeld(call.callee(), bruno, call.caller(), alice);
        assertThat(aliceHeard.seconds()).as("music lasted").isGreaterThan(1.5);
        assertThat(aliceHeard.toneFraction(400)).as("bruno's class 'low': " + aliceHeard).isGreaterThan(0.8);
        assertThat(aliceHeard.toneFraction(1000)).isLessThan(0.05);

        alice.rtp().stopSending();
        bruno.rtp().stopSending();
        assertThat(call.callee().bye(T).status()).isEqualTo(200);
        call.caller().acceptBye(T);
    }

    /**
     * A phone that repeats its hold offer (a session refresh, RFC 4028, or any re-INVITE while holding) must not
     * take the music away: the answer to it switches the media again, and the music must survive the switch.
     */
    @Test
    void theHeldPhoneKeepsHearingTheMusicWhenTheHolderSendsItsHoldOfferAgain() throws Exception {
        classes("beep", "low");
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);
        alice.rtp().send(call.pbxForCaller(), 600);
        bruno.rtp().send(call.pbxForCallee(), 600);
        bruno.rtp().awaitReceived(25, T);

        assertThat(hold(call.caller(), call.callee(), alice.sdp(Direction.SENDONLY), bruno.sdp(Direction.RECVONLY))
            .status()).isEqualTo(200);
        assertThat(hold(call.caller(), call.callee(), alice.sdp(Direction.SENDONLY), bruno.sdp(Direction.RECVONLY))
            .status()).as("the hold offer again").isEqualTo(200);
        int from = bruno.rtp().audioMark();
        Thread.sleep(3000);
        int to = bruno.rtp().audioMark();
        ToneAnalysis heard = ToneAnalysis.of(bruno.rtp().receivedAudio(from + 8000, to), 8000);
        assertThat(heard.seconds()).isGreaterThan(1.5);
        assertThat(heard.toneFraction(1000)).as("alice's class 'beep' still plays: " + heard).isGreaterThan(0.8);

        assertThat(hold(call.caller(), call.callee(), alice.sdp(), bruno.sdp()).status()).isEqualTo(200);
        alice.rtp().stopSending();
        bruno.rtp().stopSending();
        assertThat(call.callee().bye(T).status()).isEqualTo(200);
        call.caller().acceptBye(T);
    }

    @Test
    void anExtensionWithoutAClassOrWithAnUnknownOnePlaysTheDefault() throws Exception {
        classes(null, "no-such-class");
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);
        alice.rtp().send(call.pbxForCaller(), 600);
        bruno.rtp().send(call.pbxForCallee(), 600);
        bruno.rtp().awaitReceived(25, T);

        for (ToneAnalysis heard : new ToneAnalysis[] {heardWhileHeld(call.caller(), alice, call.callee(), bruno),
            heardWhileHeld(call.callee(), bruno, call.caller(), alice)}) {
            assertThat(heard.rmsDbfs()).as("the default music plays: " + heard).isGreaterThan(-35);
            assertThat(heard.toneFraction(1000)).isLessThan(0.2);
            assertThat(heard.toneFraction(400)).isLessThan(0.2);
        }
        alice.rtp().stopSending();
        bruno.rtp().stopSending();
        assertThat(call.callee().bye(T).status()).isEqualTo(200);
        call.caller().acceptBye(T);
    }
}
