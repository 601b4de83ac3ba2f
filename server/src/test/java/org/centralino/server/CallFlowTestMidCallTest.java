package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralino.server.CallFlowHarness.T;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.centralino.core.call.Bridge;
import org.centralino.core.call.CallPhase;
import org.centralino.core.call.CallState;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.sdp.Direction;
import org.centralino.testkit.PhoneSdp;
import org.centralino.testkit.Received;
import org.centralino.testkit.SentRequest;
import org.centralino.testkit.TestPhone;
import org.centralino.testkit.ToneAnalysis;
import org.centralino.testkit.IncomingCall;
import org.centralino.testkit.OutgoingCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Within an answered call: hold and resume (RFC 3264 §8.4), glare (RFC 3261 §14.2), UPDATE and INFO relayed. */
class CallFlowTestMidCallTest {
    private static final String DTMF = "application/dtmf-relay";

    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    @Test
    void holdAndResumeAreRelayedWithThePbxAddress() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

        SipResponse held = offer(call, alice.sdp(Direction.SENDONLY), Direction.SENDONLY,
            bruno.sdp(Direction.RECVONLY));
        assertThat(PhoneSdp.audioDirection(held)).isEqualTo(Direction.RECVONLY);
        assertThat(bridge().holding()).containsExactly(bridge().caller());

        SipResponse resumed = offer(call, alice.sdp(), Direction.SENDRECV, bruno.sdp());
        assertThat(PhoneSdp.audioDirection(resumed)).isEqualTo(Direction.SENDRECV);
        assertThat(bridge().holding()).isEmpty();

        alice.rtp().send(call.pbxForCaller(), 10);
        bruno.rtp().awaitReceived(8, T); // the relay still carries the caller's audio after the resume
        assertThat(call.callee().bye(T).status()).isEqualTo(200);
        call.caller().acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLEE")
            .check(flows.record("101"));
    }

    /**
     * Music on hold (T6): the held phone hears the PBX's music, as the continuation of the stream it was receiving
     * (same SSRC), until the holder resumes; then it hears the holder again (here: silence).
     */
    @Test
    void aHeldPhoneHearsMusicOnHoldUntilResumed() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);
        alice.rtp().send(call.pbxForCaller(), 500); // 10 s of silence from alice
        bruno.rtp().send(call.pbxForCallee(), 500);
        bruno.rtp().awaitReceived(25, T);

        offer(call, alice.sdp(Direction.SENDONLY), Direction.SENDONLY, bruno.sdp(Direction.RECVONLY));
        int held = bruno.rtp().audioMark();
        Thread.sleep(3000);
        int resumedAt = bruno.rtp().audioMark();
        offer(call, alice.sdp(), Direction.SENDRECV, bruno.sdp());
        Thread.sleep(500);
        int settled = bruno.rtp().audioMark();
        Thread.sleep(1500);
        int end = bruno.rtp().audioMark();

        ToneAnalysis music = ToneAnalysis.of(bruno.rtp().receivedAudio(held + 8000, resumedAt), 8000);
        assertThat(music.seconds()).as("music on hold lasted").isGreaterThan(1.5);
        assertThat(music.rmsDbfs()).as("bruno hears music while held: " + music).isGreaterThan(-35);
        ToneAnalysis after = ToneAnalysis.of(bruno.rtp().receivedAudio(settled, end), 8000);
        assertThat(after.seconds()).isGreaterThan(1);
        assertThat(after.rmsDbfs()).as("after the resume bruno hears alice (silence) again: " + after).isLessThan(-50);
        assertThat(bruno.rtp().receivedSsrcs()).as("the music continues alice's stream").hasSize(1);
        alice.rtp().stopSending();
        bruno.rtp().stopSending();
        assertThat(call.callee().bye(T).status()).isEqualTo(200);
        call.caller().acceptBye(T);
    }

    /**
     * A re-INVITE from the caller, relayed to the callee with the PBX's media address and the same direction,
     * answered with {@code answer}; returns the 2xx the caller got (ACKed), whose SDP is the PBX's too.
     */
    private static SipResponse offer(CallFlowHarness.Answered call, String sdp, Direction expected, String answer) {
        SentRequest reinvite = call.caller().reinvite(sdp);
        SipRequest relayed = call.callee().awaitReinvite(T);
        assertThat(PhoneSdp.audioDirection(relayed)).isEqualTo(expected);
        assertThat(PhoneSdp.audioAddress(relayed)).isEqualTo(call.pbxForCallee());
        assertThat(PhoneSdp.of(relayed).origin().username()).isEqualTo("centralino");
        call.callee().respond(relayed, 200, answer);
        call.callee().awaitAck(T);
        SipResponse ok = reinvite.awaitFinal(T);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(PhoneSdp.audioAddress(ok)).isEqualTo(call.pbxForCaller());
        call.caller().ack(ok);
        return ok;
    }

    /** RFC 3261 §14.1: a refused re-INVITE leaves the session as it was: not on hold. */
    @Test
    void holdRefusedByTheCalleeLeavesTheCallUnheld() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

        SentRequest hold = call.caller().reinvite(alice.sdp(Direction.SENDONLY));
        call.callee().respond(call.callee().awaitReinvite(T), 488);
        call.callee().awaitAck(T);
        assertThat(hold.awaitFinal(T).status()).isEqualTo(488);

        assertThat(bridge().holding()).as("who holds, after a refused hold").isEmpty();
        assertThat(call.caller().bye(T).status()).isEqualTo(200);
        call.callee().acceptBye(T);
    }

    /**
     * The caller hangs up while its re-INVITE is still with the callee: the re-INVITE gets 487 (§15.1.2), the
     * callee gets the BYE, and its late 200 to the re-INVITE changes nothing. Nothing of the call is left.
     */
    @Test
    void aByeWhileAReinviteIsPendingEndsTheReinviteWith487() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

        SentRequest hold = call.caller().reinvite(alice.sdp(Direction.SENDONLY));
        SipRequest relayed = call.callee().awaitReinvite(T);
        SipResponse byeOk = call.caller().bye(T);
        call.callee().acceptBye(T);
        call.callee().respond(relayed, 200, bruno.sdp(Direction.RECVONLY)); // too late: crossed the BYE

        assertThat(byeOk.status()).isEqualTo(200);
        assertThat(hold.awaitFinal(T).status()).isEqualTo(487);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    /** INFO before the answer has no leg to go to: refused with 469, which does not end the dialog (RFC 6086). */
    @Test
    void infoWhileRingingIsRefusedWithoutEndingTheCall() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Ringing ringing = CallFlowHarness.ringing(alice, bruno);
        OutgoingCall out = ringing.caller();
        IncomingCall in = ringing.callee();

        assertThat(out.info(DTMF, "Signal=5\r\nDuration=160\r\n").awaitFinal(T).status()).isEqualTo(469);

        in.answer(bruno.sdp());
        assertThat(out.awaitAnswerAndAck(T).status()).as("the call still connects").isEqualTo(200);
        in.awaitAck(T);
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
    }

    /** The bridge of the one active call. */
    private static Bridge bridge() {
        List<CallState> calls = flows.pbx.pbx.calls().snapshot();
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().phase()).isInstanceOf(CallPhase.Answered.class);
        return ((CallPhase.Answered) calls.getFirst().phase()).bridge();
    }

    /**
     * Both phones re-INVITE at once. The PBX relays the first offer it gets and answers the other 491; the
     * phone that receives the relayed offer while its own is pending answers it 491 too (§14.2), which the
     * PBX relays back: both get 491, and the call goes on (a new offer then succeeds).
     */
    @Test
    void glareGets491OnBothSidesAndTheCallSurvives() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

        SentRequest fromAlice = call.caller().reinvite(alice.sdp());
        SentRequest fromBruno = call.callee().reinvite(bruno.sdp());
        await("one of the offers relayed").atMost(T).until(() -> hasReinvite(alice) || hasReinvite(bruno));
        if (hasReinvite(alice)) {
            call.caller().respond(call.caller().awaitReinvite(T), 491);
        } else {
            call.callee().respond(call.callee().awaitReinvite(T), 491);
        }

        assertThat(fromAlice.awaitFinal(T).status()).isEqualTo(491);
        assertThat(fromBruno.awaitFinal(T).status()).isEqualTo(491);
        assertThat(bridge().holding()).isEmpty();
        SipResponse retried = offer(call, alice.sdp(), Direction.SENDRECV, bruno.sdp());
        assertThat(PhoneSdp.audioDirection(retried)).isEqualTo(Direction.SENDRECV);
        assertThat(call.caller().bye(T).status()).isEqualTo(200);
        call.callee().acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    private static boolean hasReinvite(TestPhone phone) {
        return phone.unread().stream().anyMatch((Received r) -> r.isRequest("INVITE"));
    }

    /** RFC 3311: an UPDATE with a new offer is relayed with the PBX's address, its answer likewise. */
    @Test
    void updateWithSdpIsRelayedBothWays() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

        SentRequest update = call.caller().update(alice.sdp());
        SipRequest relayed = call.callee().awaitRequest("UPDATE", T);
        assertThat(PhoneSdp.audioAddress(relayed)).isEqualTo(call.pbxForCallee());
        assertThat(PhoneSdp.of(relayed).origin().username()).isEqualTo("centralino");
        call.callee().respond(relayed, 200, bruno.sdp());
        SipResponse ok = update.awaitFinal(T);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(PhoneSdp.audioAddress(ok)).isEqualTo(call.pbxForCaller());
        assertThat(call.caller().bye(T).status()).isEqualTo(200);
        call.callee().acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    /** RFC 6086: INFO goes to the other leg with its body; the other phone's answer comes back, error or not. */
    @Test
    void infoIsRelayedBothWaysWithItsAnswer() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

        SentRequest digit = call.caller().info(DTMF, "Signal=5\r\nDuration=160\r\n");
        SipRequest atBruno = call.callee().awaitRequest("INFO", T);
        assertThat(atBruno.headers().firstOrNull("Content-Type")).isEqualTo(DTMF);
        assertThat(new String(atBruno.body(), StandardCharsets.UTF_8)).isEqualTo("Signal=5\r\nDuration=160\r\n");
        call.callee().respond(atBruno, 200);
        assertThat(digit.awaitFinal(T).status()).isEqualTo(200);

        SentRequest back = call.callee().info(DTMF, "Signal=#\r\nDuration=100\r\n");
        SipRequest atAlice = call.caller().awaitRequest("INFO", T);
        assertThat(new String(atAlice.body(), StandardCharsets.UTF_8)).isEqualTo("Signal=#\r\nDuration=100\r\n");
        call.caller().respond(atAlice, 415);
        assertThat(back.awaitFinal(T).status()).isEqualTo(415);

        assertThat(call.caller().bye(T).status()).isEqualTo(200);
        call.callee().acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    /** A session whose first stream is a video one, refused (port 0), and whose audio is the second (RFC 3264 §6). */
    private static String videoThenAudio(TestPhone p, long version, int videoPort, Direction direction) {
        String ip = p.rtp().address().getAddress().getHostAddress();
        return String.join("\r\n", "v=0", "o=" + p.user() + " 77 " + version + " IN IP4 " + ip, "s=-",
            "c=IN IP4 " + ip, "t=0 0", "m=video " + videoPort + " RTP/AVP 96", "a=rtpmap:96 H264/90000",
            "m=audio " + p.rtp().port() + " RTP/AVP 0 101", "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16", "a=" + direction.attributeName(), "");
    }

    /**
     * An application (*46) puts a caller whose audio is its second stream through to 102: 102 is offered the
     * caller's streams in the same places (the video refused), so a re-INVITE of 102 (a hold) reaches the caller
     * and its answer comes back, as in any call (RFC 3264 §8).
     */
    @Test
    void aHoldByThePhoneAnApplicationPutTheCallerThroughToReachesACallerWhoseAudioIsNotItsFirstStream()
        throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("*46", videoThenAudio(alice, 1, 40_000, Direction.SENDRECV), T);
        out.awaitAnswerAndAck(java.time.Duration.ofSeconds(20));
        for (String key : List.of("1", "0", "2", "#")) {
            assertThat(out.info("application/dtmf", key).awaitFinal(T).status()).isEqualTo(200);
        }
        IncomingCall in = bruno.awaitInvite(java.time.Duration.ofSeconds(20));
        assertThat(in.offer().media()).as("102 is offered the caller's two streams").hasSize(2);
        assertThat(in.offer().media().getFirst().port()).as("the video refused").isZero();
        in.answer(videoThenAudio(bruno, 1, 0, Direction.SENDRECV));
        in.awaitAck(T);

        SentRequest hold = in.reinvite(videoThenAudio(bruno, 2, 0, Direction.SENDONLY));
        SipRequest relayed = out.awaitReinvite(T);
        assertThat(PhoneSdp.of(relayed).media()).as("the caller's streams, in its order").hasSize(2);
        out.respond(relayed, 200, videoThenAudio(alice, 2, 0, Direction.RECVONLY));
        SipResponse ok = hold.awaitFinal(T);
        assertThat(ok.status()).isEqualTo(200);
        in.ack(ok);
        assertThat(PhoneSdp.of(ok).media()).as("the answer keeps 102's streams").hasSize(2);
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
    }
}
