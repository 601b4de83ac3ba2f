package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralino.server.CallFlowHarness.T;
import static org.centralino.server.CallFlowHarness.pbxMedia;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.centralino.sip.message.SipResponse;
import org.centralino.testkit.IncomingCall;
import org.centralino.testkit.OutgoingCall;
import org.centralino.testkit.PhoneSdp;
import org.centralino.testkit.TestPhone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Before the answer: an extension registered from two phones rings on both (forking), the first 2xx wins, busy
 * devices, early media, and the ring timeout. (Named CallFlowTest* so that the call-flow suite runs as one.)
 */
class CallFlowTestForkingTest {
    private static final Duration RING_TIMEOUT_WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    @Test
    void bothPhonesRingAndTheFirstAnswerWinsTheOtherIsCancelled() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone desk = flows.registered("102");
        TestPhone mobile = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall onDesk = desk.awaitInvite(T);
        IncomingCall onMobile = mobile.awaitInvite(T);
        assertThat(onDesk.callId()).isNotEqualTo(onMobile.callId()).isNotEqualTo(out.callId());

        onDesk.ring();
        onMobile.ring();
        assertThat(out.awaitResponse(T).status()).isEqualTo(180);
        onMobile.answer(mobile.sdp());
        SipResponse ok = out.awaitAnswerAndAck(T);
        onMobile.awaitAck(T);
        onDesk.acceptCancel(T);
        onDesk.awaitAck(T); // of the 487

        assertThat(alice.received()).filteredOn(r -> r.isResponse(200, "INVITE"))
            .allSatisfy(r -> assertThat(r.message().to().tag()).isEqualTo(ok.to().tag()))
            .filteredOn(r -> !r.retransmission()).hasSize(1);
        assertThat(alice.received()).filteredOn(r -> r.isResponse(180, "INVITE") && !r.retransmission()).hasSize(1);
        assertThat(out.bye(T).status()).isEqualTo(200);
        onMobile.acceptBye(T);
        assertThat(desk.logged(r -> r.isRequest("BYE"), Duration.ZERO)).as("BYE to the phone that lost").isFalse();
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    /**
     * Both phones answer at the same moment: the first 2xx to reach the PBX wins; the other is acknowledged
     * and hung up at once (§13.2.2.4, a 2xx that crossed our CANCEL). The caller still gets one 200.
     */
    @Test
    void bothPhonesAnsweringAtOnceGiveTheCallerOneAnswer() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone desk = flows.registered("102");
        TestPhone mobile = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall onDesk = desk.awaitInvite(T);
        IncomingCall onMobile = mobile.awaitInvite(T);
        onDesk.ring();
        onMobile.ring();

        onDesk.answer(desk.sdp());
        onMobile.answer(mobile.sdp());
        out.awaitAnswerAndAck(T);
        onDesk.awaitAck(T);
        onMobile.awaitAck(T);
        await("the losing phone hung up").atMost(T).until(() -> hasBye(desk) || hasBye(mobile));
        IncomingCall loser = hasBye(desk) ? onDesk : onMobile;
        IncomingCall winner = loser == onDesk ? onMobile : onDesk;
        loser.acceptBye(T);
        if (loser.phone().logged(r -> r.isRequest("CANCEL"), Duration.ZERO)) {
            loser.respond(loser.awaitCancel(T), 200); // it crossed our 200: answered, and it changes nothing
        }

        assertThat(alice.received()).filteredOn(r -> r.isResponse(200, "INVITE") && !r.retransmission()).hasSize(1);
        assertThat(out.bye(T).status()).isEqualTo(200);
        winner.acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    private static boolean hasBye(TestPhone phone) {
        return phone.unread().stream().anyMatch(r -> r.isRequest("BYE"));
    }

    @Test
    void onePhoneBusyWhileTheOtherRingsAndAnswers() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone desk = flows.registered("102");
        TestPhone mobile = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall onDesk = desk.awaitInvite(T);
        IncomingCall onMobile = mobile.awaitInvite(T);

        onDesk.reject(486);
        onDesk.awaitAck(T);
        onMobile.ring();
        assertThat(out.awaitResponse(T).status()).isEqualTo(180);
        onMobile.answer(mobile.sdp());
        out.awaitAnswerAndAck(T);
        onMobile.awaitAck(T);

        assertThat(onMobile.bye(T).status()).isEqualTo(200);
        out.acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLEE")
            .check(flows.record("101"));
    }

    @Test
    void everyPhoneBusyGivesTheCaller486() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone desk = flows.registered("102");
        TestPhone mobile = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall onDesk = desk.awaitInvite(T);
        IncomingCall onMobile = mobile.awaitInvite(T);

        onDesk.ring();
        onMobile.reject(486);
        onDesk.reject(603);

        assertThat(out.awaitResponse(T).status()).isEqualTo(180);
        assertThat(out.awaitFinal(T).status()).isEqualTo(486);
        onDesk.awaitAck(T);
        onMobile.awaitAck(T);
        new ExpectedRecord("101", "Alice Rossi", "102", null, "BUSY", 486, "USER_BUSY", "CALLEE")
            .check(flows.record("101"));
    }

    /** RFC 3960: a 183 with SDP reaches the caller as a 183 whose SDP is the PBX's; its early media flows. */
    @Test
    void earlyMediaIsRelayedAsA183WithThePbxAddress() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall in = bruno.awaitInvite(T);
        InetSocketAddress pbxForBruno = pbxMedia(PhoneSdp.audioAddress(in.offer()), alice, bruno);

        in.progress(bruno.sdp());
        SipResponse progress = out.awaitResponse(T);
        assertThat(progress.status()).isEqualTo(183);
        assertThat(PhoneSdp.of(progress).origin().username()).isEqualTo("centralino");
        InetSocketAddress pbxForAlice = pbxMedia(PhoneSdp.audioAddress(progress), alice, bruno);
        assertThat(pbxForAlice).isNotEqualTo(pbxForBruno);
        bruno.rtp().send(pbxForBruno, 25);
        alice.rtp().awaitReceived(20, T);
        assertThat(alice.rtp().receivedBySource()).containsOnlyKeys(pbxForAlice);

        in.answer(bruno.sdp());
        SipResponse ok = out.awaitAnswerAndAck(T);
        assertThat(PhoneSdp.audioAddress(ok)).isEqualTo(pbxForAlice);
        in.awaitAck(T);
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    /** Extension 104 rings for 5 s (ringTimeoutSeconds in the YAML), not the default 30. */
    @Test
    void ringTimeoutGivesTheCaller480AndCancelsThePhone() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone dario = flows.registered("104");
        CallFlowHarness.Ringing ringing = CallFlowHarness.ringing(alice, dario);
        OutgoingCall out = ringing.caller();
        IncomingCall in = ringing.callee();

        assertThat(out.awaitFinal(RING_TIMEOUT_WAIT).status()).isEqualTo(480);
        in.acceptCancel(T);
        in.awaitAck(T);

        JsonNode record = flows.record("101");
        new ExpectedRecord("101", "Alice Rossi", "104", null, "NO_ANSWER", 480, "NO_ANSWER", "SYSTEM").check(record);
        // 5 s, not the default 30; the timer wheel may fire up to a tick (10 ms) early, hence the margin
        Duration rang = Duration.between(Instant.parse(record.get("startedAt").asString()),
            Instant.parse(record.get("endedAt").asString()));
        assertThat(rang).isBetween(Duration.ofMillis(4_900), Duration.ofSeconds(9));
    }
}
