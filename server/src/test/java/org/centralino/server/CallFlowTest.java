package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.server.CallFlowHarness.T;
import static org.centralino.server.CallFlowHarness.pbxMedia;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transport.TransportProtocol;
import org.centralino.testkit.IncomingCall;
import org.centralino.testkit.OutgoingCall;
import org.centralino.testkit.PhoneSdp;
import org.centralino.testkit.TestPhone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls between two extensions of a started PBX, driven by {@link TestPhone}s over UDP: who may call, what the
 * callee is shown, media through the relay, hang-up from either side, retransmissions. Each test checks both
 * phones' SIP, the call record, and that nothing of the call is left in the PBX.
 */
class CallFlowTest {
    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    @Test
    void callerWithoutCredentialsIsChallengedForMd5Digest() throws Exception {
        TestPhone alice = flows.phone("101");

        OutgoingCall call = alice.callWithoutCredentials("102", alice.sdp());
        SipResponse r = call.awaitFinal(T);

        assertThat(r.status()).isEqualTo(407);
        assertThat(r.headers().all("Proxy-Authenticate")).isNotEmpty().allSatisfy(h -> assertThat(h)
            .startsWith("Digest ").contains("realm=\"centralino\"").contains("algorithm=MD5"));
        assertThat(flows.pbx.pbx.calls().activeCalls()).isZero();
        assertThat(flows.records("101")).isEmpty();
    }

    @Test
    void wrongPasswordIsForbidden() throws Exception {
        TestPhone alice = flows.phone("101", "not-her-password");

        SipResponse r = alice.call("102", alice.sdp(), T).awaitFinal(T);

        assertThat(r.status()).isEqualTo(403);
        assertThat(flows.records("101")).isEmpty();
    }

    @Test
    void disabledExtensionCannotCallEvenWithItsPassword() throws Exception {
        TestPhone elena = flows.phone("105");
        flows.registered("102");

        SipResponse r = elena.call("102", elena.sdp(), T).awaitFinal(T);

        assertThat(r.status()).isEqualTo(403);
        assertThat(flows.records("105")).isEmpty();
    }

    @Test
    void unknownNumberGets404() throws Exception {
        TestPhone alice = flows.phone("101");

        SipResponse r = alice.call("999", alice.sdp(), T).awaitFinal(T);

        assertThat(r.status()).isEqualTo(404);
        new ExpectedRecord("101", "Alice Rossi", "999", null, "FAILED", 404, "UNALLOCATED_NUMBER", "SYSTEM")
            .check(flows.record("101"));
    }

    /** A caller offering only codecs the PBX can neither relay nor transcode (GSM) is refused with 488. */
    @Test
    void aCallerWithNoCodecWeKnowGets488WithAWarningAndTheCalleeIsNotDisturbed() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        String gsmOnly = alice.sdp().replace("RTP/AVP 0 101", "RTP/AVP 3 101").replace("a=rtpmap:0 PCMU/8000",
            "a=rtpmap:3 GSM/8000");

        SipResponse r = alice.call("102", gsmOnly, T).awaitFinal(T);

        assertThat(r.status()).isEqualTo(488);
        assertThat(r.headers().firstOrNull("Warning")).isEqualTo("305 centralino \"Incompatible media format\"");
        assertThat(bruno.logged(m -> m.isRequest("INVITE"), Duration.ofMillis(500)))
            .as("no INVITE reached the callee").isFalse();
        assertThat(flows.records("101")).as("refused before a call existed").isEmpty();
    }

    /** A delayed offer (INVITE without SDP): the callee gets the PBX's offer, the caller answers in its ACK. */
    @Test
    void aCallerWithoutAnOfferGetsTheOfferInThe200AndAnswersInItsAck() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");

        org.centralino.testkit.OutgoingCall out = alice.call("102", null, T);
        org.centralino.testkit.IncomingCall in = bruno.awaitInvite(T);
        assertThat(PhoneSdp.of(in.invite()).media().getFirst().formats()).as("the PBX's own offer")
            .containsExactly("0", "8", "101");
        in.answer(bruno.sdp());
        SipResponse ok = out.awaitFinal(T);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(PhoneSdp.audioAddress(ok).getPort()).isBetween(ServerConfig.DEFAULT_RTP_PORTS.first(),
            ServerConfig.DEFAULT_RTP_PORTS.last());
        out.ack(ok, alice.sdp());
        in.awaitAck(T);

        bruno.rtp().send(PhoneSdp.audioAddress(in.invite()), 10);
        alice.rtp().awaitReceived(8, T); // the caller's answer in the ACK told the relay where it listens
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    @Test
    void extensionWithNoRegisteredPhoneGets480() throws Exception {
        TestPhone alice = flows.phone("101");

        SipResponse r = alice.call("103", alice.sdp(), T).awaitFinal(T);

        assertThat(r.status()).isEqualTo(480);
        new ExpectedRecord("101", "Alice Rossi", "103", null, "FAILED", 480, "SUBSCRIBER_ABSENT", "SYSTEM")
            .check(flows.record("101"));
    }

    /** Caller ID per issue 3: what the PBX vouches for, and media anchored: the PBX's address, not the caller's. */
    @Test
    void calleeSeesTheCallersNameAndNumberAndThePbxMediaAndCancelEndsTheCall() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");

        OutgoingCall call = alice.call("102", alice.sdp(), T);
        IncomingCall in = bruno.awaitInvite(T);

        SipRequest invite = in.invite();
        assertThat(invite.from().displayName()).isEqualTo("Alice Rossi");
        assertThat(invite.from().uri().user()).isEqualTo("101");
        NameAddr asserted = NameAddr.parse(invite.headers().firstOrNull("P-Asserted-Identity"));
        assertThat(asserted.displayName()).isEqualTo("Alice Rossi");
        assertThat(asserted.uri().user()).isEqualTo("101");
        assertThat(invite.callId()).isNotEqualTo(call.callId());
        assertThat(invite.from().tag()).isNotEqualTo(call.localTag());
        SessionDescription offer = in.offer();
        assertThat(offer.origin().username()).isEqualTo("centralino");
        pbxMedia(PhoneSdp.audioAddress(offer), alice, bruno);
        assertThat(PhoneSdp.audioAddress(offer).getAddress()).isEqualTo(flows.pbx.pbx.sip().transport()
            .localAddress(TransportProtocol.UDP).getAddress());

        in.ring();
        assertThat(call.awaitResponse(T).status()).isEqualTo(180);
        assertThat(call.cancel().awaitFinal(T).status()).isEqualTo(200);
        assertThat(call.awaitFinal(T).status()).isEqualTo(487);
        in.acceptCancel(T);
        in.awaitAck(T); // the PBX's ACK of our 487

        new ExpectedRecord("101", "Alice Rossi", "102", null, "CANCELLED", 487, "ORIGINATOR_CANCEL", "CALLER")
            .check(flows.record("101"));
    }

    /** RFC 3261 §9.1: a CANCEL waits for a provisional response; the PBX sends it once the phone rings. */
    @Test
    void cancelBeforeThePhoneRingsIsSentOnceItRings() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall in = bruno.awaitInvite(T);

        assertThat(out.cancel().awaitFinal(T).status()).isEqualTo(200);
        assertThat(out.awaitFinal(T).status()).isEqualTo(487);
        assertThat(bruno.logged(r -> r.isRequest("CANCEL"), Duration.ofMillis(300))).as("CANCEL before a 1xx")
            .isFalse();
        in.ring();
        in.acceptCancel(T);
        in.awaitAck(T);

        new ExpectedRecord("101", "Alice Rossi", "102", null, "CANCELLED", 487, "ORIGINATOR_CANCEL", "CALLER")
            .check(flows.record("101"));
    }

    @Test
    void answeredCallRelaysRtpBothWaysAndTheCallerHangsUp() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall in = bruno.awaitInvite(T);
        InetSocketAddress pbxForBruno = pbxMedia(PhoneSdp.audioAddress(in.offer()), alice, bruno);
        in.answer(bruno.sdp());
        SipResponse ok = out.awaitAnswerAndAck(T);
        in.awaitAck(T);
        InetSocketAddress pbxForAlice = pbxMedia(PhoneSdp.audioAddress(ok), alice, bruno);
        assertThat(pbxForAlice).isNotEqualTo(pbxForBruno);

        alice.rtp().send(pbxForAlice, 60);
        bruno.rtp().send(pbxForBruno, 60);
        alice.rtp().awaitReceived(55, T);
        bruno.rtp().awaitReceived(55, T);
        assertThat(alice.rtp().awaitSent(T)).isTrue(); // 60 packets: over a second of answered call

        assertThat(alice.rtp().receivedBySource()).containsOnlyKeys(pbxForAlice);
        assertThat(bruno.rtp().receivedBySource()).containsOnlyKeys(pbxForBruno);
        assertThat(out.bye(T).status()).isEqualTo(200);
        bruno.rtp().stopSending();
        in.acceptBye(T);

        long billable = ExpectedRecord.aliceToBruno("CALLER").check(flows.record("101"));
        assertThat(billable).isBetween(1L, 10L);
    }

    @Test
    void calleeHangsUp() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall in = bruno.awaitInvite(T);
        in.answer(bruno.sdp());
        out.awaitAnswerAndAck(T);
        in.awaitAck(T);

        assertThat(in.bye(T).status()).isEqualTo(200);
        out.acceptBye(T);

        ExpectedRecord.aliceToBruno("CALLEE")
            .check(flows.record("101"));
    }

    /** RFC 3261 §17.2.3: the same branch again is the same transaction, answered with its last response. */
    @Test
    void retransmittedInviteCreatesNoSecondCall() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Ringing ringing = CallFlowHarness.ringing(alice, bruno);
        OutgoingCall out = ringing.caller();
        IncomingCall in = ringing.callee();

        out.retransmitInvite();

        alice.awaitLogged(r -> r.retransmission() && r.isResponse(180, "INVITE"), "the 180 again", T);
        assertThat(flows.pbx.pbx.calls().activeCalls()).isEqualTo(1);
        assertThat(bruno.logged(r -> r.isRequest("INVITE") && !r.message().callId().equals(in.callId()),
            Duration.ofMillis(500))).as("a second INVITE to the callee").isFalse();

        in.answer(bruno.sdp());
        out.awaitAnswerAndAck(T);
        in.awaitAck(T);
        assertThat(alice.received()).filteredOn(r -> r.isResponse(200, "INVITE") && !r.retransmission()).hasSize(1);
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    /** RFC 3261 §13.2.2.4: a 2xx retransmitted after our ACK means the ACK was lost: the PBX sends it again. */
    @Test
    void lateRetransmissionOfTheCalleesOkIsAcknowledgedAgain() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall in = bruno.awaitInvite(T);
        in.answer(bruno.sdp());
        out.awaitAnswerAndAck(T);
        SipRequest ack = in.awaitAck(T);

        in.resendLastResponse();

        var again = bruno.awaitLogged(r -> r.retransmission() && r.isRequest("ACK"), "the ACK again", T);
        assertThat(again.message().cseq()).isEqualTo(ack.cseq());
        assertThat(alice.received()).as("the callee's 2xx again is not a new answer for the caller")
            .filteredOn(r -> r.isResponse(200, "INVITE") && !r.retransmission()).hasSize(1);
        assertThat(in.bye(T).status()).isEqualTo(200);
        out.acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLEE")
            .check(flows.record("101"));
    }
}
