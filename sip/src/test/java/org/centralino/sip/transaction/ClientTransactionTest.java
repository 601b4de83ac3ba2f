package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.transaction.TransactionFixture.PHONE;
import static org.centralino.sip.transaction.TransactionFixture.times;
import static org.centralino.sip.transaction.TransactionFixture.udpPeer;

import java.util.List;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.transport.TransportProtocol;
import org.junit.jupiter.api.Test;

/** RFC 3261 §17.1 (and RFC 6026 §7.2) end to end: requests we send, their retransmissions and responses. */
class ClientTransactionTest {
    private static final String BRANCH = "z9hG4bK-out1";
    private static final String CALL_ID = "out-1@pbx";
    private static final String OUR_VIA = "SIP/2.0/UDP 192.0.2.10:5060;branch=" + BRANCH;

    private final TransactionFixture f = new TransactionFixture();
    private final RecordingListener listener = new RecordingListener();

    private static SipRequest outgoing(String method, String via) {
        return SipText.request("""
            %1$s sip:200@192.0.2.20:5062 SIP/2.0
            Via: %2$s
            Max-Forwards: 70
            From: "Reception" <sip:100@192.0.2.10>;tag=pbx-tag
            To: <sip:200@192.0.2.10>
            Call-ID: %3$s
            CSeq: 7 %1$s
            Route: <sip:proxy.example.com;lr>
            Content-Length: 0

            """.formatted(method, via, CALL_ID));
    }

    /** A response from the phone to our request: our Via echoed, {@code cseqMethod} in CSeq. */
    private static String answer(int status, String reason, String branch, String cseqMethod, String toTag) {
        String tag = toTag == null ? "" : ";tag=" + toTag;
        return """
            SIP/2.0 %1$d %2$s
            Via: SIP/2.0/UDP 192.0.2.10:5060;branch=%3$s;received=192.0.2.10
            From: "Reception" <sip:100@192.0.2.10>;tag=pbx-tag
            To: <sip:200@192.0.2.10>%5$s
            Call-ID: %6$s
            CSeq: 7 %4$s
            Content-Length: 0

            """.formatted(status, reason, branch, cseqMethod, tag, CALL_ID);
    }

    private static String answer(int status, String reason, String toTag) {
        return answer(status, reason, BRANCH, "INVITE", toTag);
    }

    @Test
    void nonInviteOverUdpIsSentAtOnceAndRetransmittedOnTimerEDoublingToT2() {
        f.layer.sendRequest(outgoing("OPTIONS", OUR_VIA), udpPeer(PHONE), listener);
        assertThat(f.udp.sent()).hasSize(1);
        assertThat(f.udp.last().to()).isEqualTo(PHONE);
        assertThat(f.udp.last().atMillis()).isZero();

        f.advanceMillis(31_999);

        List<InMemoryTransport.Sent> sent = f.udp.sent();
        assertThat(times(sent)).containsExactly(0L, 500L, 1_500L, 3_500L, 7_500L, 11_500L, 15_500L, 19_500L,
            23_500L, 27_500L, 31_500L);
        assertThat(sent).allSatisfy(s -> assertThat(s.bytes()).isEqualTo(sent.getFirst().bytes()));
        assertThat(listener.timeouts).isZero();
    }

    @Test
    void nonInviteWithoutAnswerTimesOutOnTimerFAndIsRemoved() {
        ClientTransaction tx = f.layer.sendRequest(outgoing("OPTIONS", OUR_VIA), udpPeer(PHONE), listener);
        assertThat(f.layer.clientTransactionCount()).isEqualTo(1);

        f.advanceMillis(31_999);
        assertThat(listener.timeouts).isZero();
        f.advanceMillis(1);

        assertThat(listener.timeouts).isEqualTo(1);
        assertThat(f.layer.clientTransactionCount()).isZero();
        assertThat(tx.isTerminated()).isTrue();
        int sent = f.udp.sent().size();
        f.advanceSeconds(60);
        assertThat(f.udp.sent()).hasSize(sent);
        assertThat(f.clock.pending()).isZero();
    }

    @Test
    void inviteOverUdpIsRetransmittedOnTimerAWithoutCapAndTimesOutOnTimerB() {
        ClientTransaction tx = f.layer.sendRequest(outgoing("INVITE", OUR_VIA), udpPeer(PHONE), listener);

        f.advanceMillis(31_999);
        assertThat(times(f.udp.sent())).containsExactly(0L, 500L, 1_500L, 3_500L, 7_500L, 15_500L, 31_500L);
        assertThat(listener.timeouts).isZero();
        f.advanceMillis(1);

        assertThat(listener.timeouts).isEqualTo(1);
        assertThat(listener.responses).isEmpty();
        assertThat(f.layer.clientTransactionCount()).isZero();
        assertThat(tx.isTerminated()).isTrue();
    }

    @Test
    void overTcpTheRequestIsNeverRetransmitted() {
        String via = "SIP/2.0/TCP 192.0.2.10:5060;branch=" + BRANCH;
        f.layer.sendRequest(outgoing("INVITE", via), new Peer(TransportProtocol.TCP, PHONE), listener);

        f.advanceSeconds(32);

        assertThat(f.tcp.sent()).hasSize(1);
        assertThat(f.udp.sent()).isEmpty();
        assertThat(listener.timeouts).isEqualTo(1);
    }

    @Test
    void provisionalStopsInviteRetransmissionsAndTimerBDoesNotEndARingingCall() {
        ClientTransaction tx = f.layer.sendRequest(outgoing("INVITE", OUR_VIA), udpPeer(PHONE), listener);
        f.advanceMillis(600);
        f.udp.receive(answer(180, "Ringing", "callee"), PHONE);

        f.advanceSeconds(60);

        assertThat(times(f.udp.sent())).containsExactly(0L, 500L);
        assertThat(listener.statuses()).containsExactly(180);
        assertThat(listener.timeouts).isZero();
        assertThat(tx.stateName()).isEqualTo("Proceeding");
    }

    @Test
    void ringingThenBusyReachTheListenerAndTheLayerAcksTheBusyPerRfc3261Section17113() {
        SipRequest invite = outgoing("INVITE", OUR_VIA);
        f.layer.sendRequest(invite, udpPeer(PHONE), listener);
        f.udp.receive(answer(180, "Ringing", "callee"), PHONE);
        f.udp.receive(answer(486, "Busy Here", "callee"), PHONE);

        assertThat(listener.statuses()).containsExactly(180, 486);
        InMemoryTransport.Sent sentAck = f.udp.last();
        assertThat(sentAck.to()).isEqualTo(PHONE);
        SipRequest ack = sentAck.request();
        assertThat(ack.method()).isEqualTo("ACK");
        assertThat(ack.requestUri()).isEqualTo(invite.requestUri());
        assertThat(ack.topVia().branch()).isEqualTo(BRANCH);
        assertThat(ack.vias()).hasSize(1);
        assertThat(ack.cseq().seq()).isEqualTo(7);
        assertThat(ack.cseq().method()).isEqualTo("ACK");
        assertThat(ack.to().tag()).isEqualTo("callee");
        assertThat(ack.from().tag()).isEqualTo("pbx-tag");
        assertThat(ack.callId()).isEqualTo(CALL_ID);
        assertThat(ack.headers().all("Route")).containsExactly("<sip:proxy.example.com;lr>");
    }

    @Test
    void busyRetransmissionInCompletedIsAckedAgainAndNotPassedUp() {
        f.layer.sendRequest(outgoing("INVITE", OUR_VIA), udpPeer(PHONE), listener);
        f.udp.receive(answer(486, "Busy Here", "callee"), PHONE);
        InMemoryTransport.Sent firstAck = f.udp.last();

        f.advanceSeconds(2);
        f.udp.receive(answer(486, "Busy Here", "callee"), PHONE);

        assertThat(listener.statuses()).containsExactly(486);
        InMemoryTransport.Sent secondAck = f.udp.last();
        assertThat(secondAck.atMillis()).isEqualTo(2_000L);
        assertThat(secondAck.bytes()).isEqualTo(firstAck.bytes());
        assertThat(f.udp.sent()).extracting(s -> s.request().method()).containsExactly("INVITE", "ACK", "ACK");
    }

    @Test
    void completedInviteClientEndsAfterTimerD() {
        f.layer.sendRequest(outgoing("INVITE", OUR_VIA), udpPeer(PHONE), listener);
        f.udp.receive(answer(486, "Busy Here", "callee"), PHONE);

        f.advanceMillis(31_999);
        assertThat(f.layer.clientTransactionCount()).isEqualTo(1);
        f.advanceMillis(1);

        assertThat(f.layer.clientTransactionCount()).isZero();
        assertThat(listener.timeouts).isZero();
        f.udp.receive(answer(486, "Busy Here", "callee"), PHONE);
        assertThat(f.user.strays).hasSize(1);
    }

    @Test
    void successIsPassedUpWithItsRetransmissionsAndTheLayerSendsNoAck() {
        f.layer.sendRequest(outgoing("INVITE", OUR_VIA), udpPeer(PHONE), listener);
        f.udp.receive(answer(200, "OK", "callee"), PHONE);
        f.udp.receive(answer(200, "OK", "callee"), PHONE);

        // RFC 6026 §7.2: 2xx retransmissions go to the TU, which owns the ACK for a 2xx
        assertThat(listener.statuses()).containsExactly(200, 200);
        assertThat(f.udp.sent()).extracting(s -> s.request().method()).containsExactly("INVITE");

        f.advanceSeconds(32);
        assertThat(f.layer.clientTransactionCount()).isZero();
    }

    @Test
    void nonInviteFinalResponseIsPassedUpOnceAndTheTransactionEndsAfterTimerK() {
        f.layer.sendRequest(outgoing("OPTIONS", OUR_VIA), udpPeer(PHONE), listener);
        f.udp.receive(answer(200, "OK", BRANCH, "OPTIONS", "callee"), PHONE);
        f.udp.receive(answer(200, "OK", BRANCH, "OPTIONS", "callee"), PHONE);

        assertThat(listener.statuses()).containsExactly(200);
        f.advanceMillis(4_999);
        assertThat(f.layer.clientTransactionCount()).isEqualTo(1);
        f.advanceMillis(1);
        assertThat(f.layer.clientTransactionCount()).isZero();
        assertThat(f.udp.sent()).as("no retransmission after the final response").hasSize(1);
        assertThat(listener.timeouts).isZero();
    }

    @Test
    void responsesAreMatchedByBranchAndCseqMethod() {
        f.layer.sendRequest(outgoing("INVITE", OUR_VIA), udpPeer(PHONE), listener);

        f.udp.receive(answer(200, "OK", BRANCH, "CANCEL", "callee"), PHONE);
        f.udp.receive(answer(486, "Busy Here", "z9hG4bK-someone-else", "INVITE", "callee"), PHONE);

        assertThat(listener.responses).isEmpty();
        assertThat(f.user.strays).extracting(s -> s.response().status()).containsExactly(200, 486);
        assertThat(f.user.strays.getFirst().source()).isEqualTo(udpPeer(PHONE));

        f.udp.receive(answer(486, "Busy Here", "callee"), PHONE);
        assertThat(listener.statuses()).containsExactly(486);
    }

    @Test
    void requestToATransportWeDoNotHaveFailsWithATransportError() {
        String via = "SIP/2.0/TLS 192.0.2.10:5061;branch=" + BRANCH;
        ClientTransaction tx = f.layer.sendRequest(outgoing("OPTIONS", via),
            new Peer(TransportProtocol.TLS, PHONE), listener);

        assertThat(listener.transportErrors).isEqualTo(1);
        assertThat(listener.timeouts).isZero();
        assertThat(tx.isTerminated()).isTrue();
        assertThat(f.layer.clientTransactionCount()).isZero();
        assertThat(f.clock.pending()).as("no timer started for a transaction that already failed").isZero();
    }

    @Test
    void nonInviteInProceedingIsRetransmittedEveryT2() {
        f.layer.sendRequest(outgoing("OPTIONS", OUR_VIA), udpPeer(PHONE), listener);
        f.advanceMillis(600);
        f.udp.receive(answer(100, "Trying", BRANCH, "OPTIONS", null), PHONE);

        f.advanceMillis(12_000);

        // §17.1.2.2: E keeps its schedule once, then fires every T2 in Proceeding
        assertThat(times(f.udp.sent())).containsExactly(0L, 500L, 1_500L, 5_500L, 9_500L);
        assertThat(listener.statuses()).containsExactly(100);
    }

    @Test
    void cancellingOurInviteIsItsOwnTransactionAndTheFourEightySevenIsAcked() {
        SipRequest invite = outgoing("INVITE", OUR_VIA);
        f.layer.sendRequest(invite, udpPeer(PHONE), listener);
        f.udp.receive(answer(180, "Ringing", "callee"), PHONE);
        RecordingListener cancelListener = new RecordingListener();

        f.layer.sendRequest(RequestFactory.cancel(invite), udpPeer(PHONE), cancelListener);
        SipRequest cancel = f.udp.last().request();
        assertThat(cancel.method()).isEqualTo("CANCEL");
        assertThat(cancel.topVia().branch()).isEqualTo(BRANCH);
        assertThat(cancel.cseq().toString()).isEqualTo("7 CANCEL");
        assertThat(f.layer.clientTransactionCount()).isEqualTo(2);

        f.udp.receive(answer(200, "OK", BRANCH, "CANCEL", "callee"), PHONE);
        f.udp.receive(answer(487, "Request Terminated", "callee"), PHONE);

        assertThat(cancelListener.statuses()).containsExactly(200);
        assertThat(listener.statuses()).containsExactly(180, 487);
        assertThat(f.udp.last().request().method()).isEqualTo("ACK");
        f.advanceSeconds(32);
        assertThat(f.layer.clientTransactionCount()).isZero();
        assertThat(listener.timeouts + cancelListener.timeouts).isZero();
    }
}
