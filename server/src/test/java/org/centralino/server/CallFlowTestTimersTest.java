package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralino.server.CallFlowHarness.T;

import java.nio.file.Path;
import java.nio.file.Files;
import java.time.Duration;
import org.centralino.sip.message.SipResponse;
import org.centralino.testkit.IncomingCall;
import org.centralino.testkit.OutgoingCall;
import org.centralino.sip.sdp.Direction;
import org.centralino.testkit.SentRequest;
import org.centralino.testkit.TestPhone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Calls whose end comes from a timer because a phone went silent: a callee that ignores our CANCEL and a
 * caller that never ACKs our 2xx (both 64*T1 = 32 s, RFC 3261 §9.1 and §13.3.1.4), and a phone that stops
 * sending RTP (the server's RTP timeout, 3 s here). Slow by nature: three tests, about 75 s.
 */
class CallFlowTestTimersTest {
    /** 64*T1 with the RFC 3261 timers the server runs, plus room for a loaded machine. */
    private static final Duration SIXTY_FOUR_T1 = Duration.ofSeconds(32);
    private static final Duration AFTER_64_T1 = SIXTY_FOUR_T1.plusSeconds(10);

    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    /** The caller hangs up while it rings, and the ringing phone then drops off: the call still ends. */
    @Test
    void calleeThatIgnoresTheCancelIsGivenUpAfter64T1() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Ringing ringing = CallFlowHarness.ringing(alice, bruno);
        OutgoingCall out = ringing.caller();
        IncomingCall in = ringing.callee();
        bruno.vanish(); // neither 200 to the CANCEL nor 487 to the INVITE

        assertThat(out.cancel().awaitFinal(T).status()).isEqualTo(200);
        assertThat(out.awaitFinal(T).status()).isEqualTo(487);
        in.awaitCancel(T);
        new ExpectedRecord("101", "Alice Rossi", "102", null, "CANCELLED", 487, "ORIGINATOR_CANCEL", "CALLER")
            .check(flows.record("101"));
        assertThat(flows.pbx.pbx.calls().activeCalls()).as("the call waits for the callee's leg").isEqualTo(1);

        await("the fork given up").atMost(AFTER_64_T1).pollInterval(Duration.ofMillis(200))
            .until(() -> flows.pbx.pbx.calls().activeCalls() == 0);
        assertThat(bruno.received()).filteredOn(r -> r.isRequest("CANCEL")).hasSizeGreaterThan(1); // retransmitted
    }

    /** RFC 3261 §13.3.1.4: no ACK for our 2xx within 64*T1 ends the session; the callee gets BYE. */
    @Test
    void callerThatNeverAcksIsHungUpOnBothSidesAfter64T1() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", alice.sdp(), T);
        IncomingCall in = bruno.awaitInvite(T);
        in.answer(bruno.sdp());
        SipResponse ok = out.awaitFinal(T);
        assertThat(ok.status()).isEqualTo(200);
        alice.vanish(); // no ACK, and nothing else either
        in.awaitAck(T);

        in.acceptBye(AFTER_64_T1);
        alice.awaitLogged(r -> r.isRequest("BYE"), "the PBX's BYE", T);
        assertThat(alice.received()).filteredOn(r -> r.isResponse(200, "INVITE") && r.retransmission())
            .as("the 2xx retransmitted until the PBX gave up").hasSizeGreaterThan(3);

        JsonNode record = flows.record("101");
        new ExpectedRecord("101", "Alice Rossi", "102", "102", "ANSWERED", 408, "RECOVERY_ON_TIMER_EXPIRE", "CALLER")
            .check(record);
    }

    /** One phone goes quiet (no RTP, not on hold) for longer than the server's RTP timeout: the call ends. */
    @Test
    void rtpTimeoutEndsAnAnsweredCallWithByeToBothPhones() throws Exception {
        try (CallFlowHarness quick = CallFlowHarness.start(Files.createTempDirectory("rtp-timeout-"), Duration.ofSeconds(3))) {
            quick.beginTest();
            TestPhone alice = quick.phone("101");
            TestPhone bruno = quick.registered("102");
            CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

            alice.rtp().send(call.pbxForCaller(), 500); // ten seconds: still talking when the call ends
            bruno.rtp().send(call.pbxForCallee(), 25);  // half a second, then silence
            alice.rtp().awaitReceived(20, T);

            call.caller().acceptBye(Duration.ofSeconds(10));
            call.callee().acceptBye(T);
            new ExpectedRecord("101", "Alice Rossi", "102", "102", "ANSWERED", 408, "MEDIA_TIMEOUT",
                "CALLEE").check(quick.record("101"));
            alice.rtp().stopSending();
            quick.endTest();
        }
    }

    /**
     * A relayed re-INVITE that the other phone rings on (1xx) and then never answers: timer B no longer runs,
     * so the PBX's own guard (64*T1) ends the exchange: 408 to the offerer, and the silent leg is given up.
     */
    @Test
    void aReinviteThatTheOtherPhoneNeverAnswersEndsAfter64T1() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

        SentRequest hold = call.caller().reinvite(alice.sdp(Direction.SENDONLY));
        call.callee().respond(call.callee().awaitReinvite(T), 100);
        bruno.vanish();

        assertThat(hold.awaitFinal(Duration.ofSeconds(40)).status()).isEqualTo(408);
        call.caller().acceptBye(T);
        new ExpectedRecord("101", "Alice Rossi", "102", "102", "ANSWERED", 408, "RECOVERY_ON_TIMER_EXPIRE",
            "CALLEE").check(flows.record("101"));
    }
}
