package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.transaction.TransactionFixture.PHONE;
import static org.centralino.sip.transaction.TransactionFixture.PHONE_TCP_VIA;
import static org.centralino.sip.transaction.TransactionFixture.PHONE_VIA;
import static org.centralino.sip.transaction.TransactionFixture.times;

import java.util.List;
import org.centralino.sip.message.SipResponse;
import org.junit.jupiter.api.Test;

/** RFC 3261 §17.2.1 and RFC 6026 §7.1 end to end on a manual clock. */
class InviteServerTransactionTest {
    private static final String BRANCH = "z9hG4bK-inv1";
    private static final String CALL_ID = "inv-1@phone";

    private final TransactionFixture f = new TransactionFixture();
    private final String invite = SipText.request("INVITE", PHONE_VIA + ";branch=" + BRANCH, CALL_ID, 1);

    /** The ACK for a non-2xx final: same branch as the INVITE, To with the response's tag (§17.1.1.3). */
    private String ackFor(SipResponse finalResponse) {
        return SipText.request("ACK", PHONE_VIA + ";branch=" + BRANCH, CALL_ID, 1,
            finalResponse.headers().firstOrNull("To"));
    }

    private ServerTransaction answer(int status, String reason) {
        ServerTransaction tx = f.user.lastRequest();
        tx.respond(f.layer.response(tx.request(), status, reason).build());
        return tx;
    }

    @Test
    void hundredTryingGoesOutAtOnceAndTheTransactionUserGetsTheInviteOnce() {
        f.udp.receive(invite, PHONE);

        assertThat(f.user.requests).hasSize(1);
        SipResponse trying = f.udp.last().response();
        assertThat(trying.status()).isEqualTo(100);
        assertThat(trying.to().tag()).as("a 100 carries no To tag (§8.2.6.2)").isNull();
        assertThat(trying.cseq().method()).isEqualTo("INVITE");
        assertThat(f.udp.last().atMillis()).isZero();
        assertThat(f.udp.last().to()).isEqualTo(PHONE);
    }

    @Test
    void inviteRetransmissionWhileRingingResendsTheLastProvisionalOnly() {
        f.udp.receive(invite, PHONE);
        answer(180, "Ringing");
        f.udp.receive(invite, PHONE);

        assertThat(f.user.requests).hasSize(1);
        assertThat(f.udp.sent()).extracting(s -> s.response().status()).containsExactly(100, 180, 180);
    }

    @Test
    void busyIsRetransmittedOnTimerGDoublingToT2UntilTheAckStopsIt() {
        f.udp.receive(invite, PHONE);
        f.udp.drain();
        ServerTransaction tx = answer(486, "Busy Here");

        f.advanceMillis(11_600);
        List<InMemoryTransport.Sent> busy = f.udp.drain();
        assertThat(times(busy)).containsExactly(0L, 500L, 1_500L, 3_500L, 7_500L, 11_500L);
        assertThat(busy).allSatisfy(s -> assertThat(s.bytes()).isEqualTo(busy.getFirst().bytes()));

        f.udp.receive(ackFor(busy.getFirst().response()), PHONE);
        assertThat(tx.stateName()).isEqualTo("Confirmed");
        f.advanceSeconds(40);
        assertThat(f.udp.sent()).as("no retransmission after the ACK").isEmpty();
        assertThat(f.user.acks).as("the ACK for a non-2xx belongs to the transaction").isEmpty();
        assertThat(f.user.timeouts).isEmpty();
    }

    @Test
    void timerIEndsTheConfirmedTransactionAfterT4AndAbsorbsAckRetransmissions() {
        f.udp.receive(invite, PHONE);
        ServerTransaction tx = answer(486, "Busy Here");
        String ack = ackFor(f.udp.last().response());
        f.udp.receive(ack, PHONE);

        f.advanceMillis(4_999);
        f.udp.receive(ack, PHONE);
        assertThat(f.layer.serverTransactionCount()).isEqualTo(1);
        f.advanceMillis(1);

        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(tx.isTerminated()).isTrue();
        assertThat(f.user.acks).isEmpty();
    }

    @Test
    void withoutAckTimerHEndsTheTransactionAtThirtyTwoSecondsAndTellsTheTransactionUser() {
        f.udp.receive(invite, PHONE);
        f.udp.drain();
        ServerTransaction tx = answer(486, "Busy Here");

        f.advanceMillis(31_999);
        assertThat(f.user.timeouts).isEmpty();
        f.advanceMillis(1);

        assertThat(f.user.timeouts).containsExactly(tx);
        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(times(f.udp.drain())).containsExactly(0L, 500L, 1_500L, 3_500L, 7_500L, 11_500L, 15_500L,
            19_500L, 23_500L, 27_500L, 31_500L);
        f.advanceSeconds(10);
        assertThat(f.udp.sent()).isEmpty();
        assertThat(f.clock.pending()).isZero();
    }

    @Test
    void inviteRetransmissionAfterTheFinalResponseGetsTheFinalResponseAgain() {
        f.udp.receive(invite, PHONE);
        answer(486, "Busy Here");
        f.udp.receive(invite, PHONE);

        assertThat(f.udp.sent()).extracting(s -> s.response().status()).containsExactly(100, 486, 486);
        assertThat(f.user.requests).hasSize(1);
    }

    @Test
    void overTcpTheFinalResponseIsSentOnceAndTheAckEndsTheTransaction() {
        String overTcp = SipText.request("INVITE", PHONE_TCP_VIA + ";branch=" + BRANCH, CALL_ID, 1);
        f.tcp.receive(overTcp, PHONE);
        answer(486, "Busy Here");
        f.advanceSeconds(10);
        assertThat(f.tcp.sent()).extracting(s -> s.response().status()).containsExactly(100, 486);

        SipResponse busy = f.tcp.last().response();
        f.tcp.receive(SipText.request("ACK", PHONE_TCP_VIA + ";branch=" + BRANCH, CALL_ID, 1,
            busy.headers().firstOrNull("To")), PHONE);
        assertThat(f.layer.serverTransactionCount()).isZero();
    }

    @Test
    void successMovesToAcceptedAbsorbsInviteRetransmissionsAndEndsAfterTimerL() {
        f.udp.receive(invite, PHONE);
        ServerTransaction tx = answer(200, "OK");
        assertThat(tx.stateName()).isEqualTo("Accepted");
        f.udp.drain();

        f.advanceSeconds(1);
        f.udp.receive(invite, PHONE);
        assertThat(f.udp.sent()).as("RFC 6026: the TU, not the transaction, retransmits the 2xx").isEmpty();
        assertThat(f.user.requests).hasSize(1);

        f.advanceMillis(30_999);
        assertThat(f.layer.serverTransactionCount()).isEqualTo(1);
        f.advanceMillis(1);
        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(f.user.timeouts).isEmpty();
    }

    @Test
    void acceptedTransactionSendsTheTransactionUsersTwoHundredRetransmissions() {
        f.udp.receive(invite, PHONE);
        ServerTransaction tx = answer(200, "OK");
        SipResponse ok = f.udp.last().response();
        tx.respond(ok);

        assertThat(f.udp.sent()).extracting(s -> s.response().status()).containsExactly(100, 200, 200);
    }

    @Test
    void ackForATwoHundredWithItsOwnBranchGoesToTheTransactionUser() {
        f.udp.receive(invite, PHONE);
        answer(200, "OK");
        SipResponse ok = f.udp.last().response();

        f.udp.receive(SipText.request("ACK", PHONE_VIA + ";branch=z9hG4bK-ack2xx", CALL_ID, 1,
            ok.headers().firstOrNull("To")), PHONE);

        assertThat(f.user.acks).hasSize(1);
        assertThat(f.user.acks.getFirst().ack().topVia().branch()).isEqualTo("z9hG4bK-ack2xx");
        assertThat(f.user.acks.getFirst().source()).isEqualTo(TransactionFixture.udpPeer(PHONE));
        assertThat(f.udp.sent()).extracting(s -> s.response().status()).containsExactly(100, 200);
    }

    @Test
    void ackWithNoTransactionAtAllGoesToTheTransactionUser() {
        f.udp.receive(SipText.request("ACK", PHONE_VIA + ";branch=z9hG4bK-late-ack", CALL_ID, 1,
            "<sip:100@192.0.2.10>;tag=t1"), PHONE);

        assertThat(f.user.acks).hasSize(1);
        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(f.udp.sent()).as("an ACK is never answered").isEmpty();
    }

    @Test
    void cancelForAPendingInviteIsAnsweredTwoHundredAndTheTransactionUserIsTold() {
        f.udp.receive(invite, PHONE);
        ServerTransaction inviteTx = answer(180, "Ringing");
        SipResponse ringing = f.udp.last().response();

        f.udp.receive(SipText.request("CANCEL", PHONE_VIA + ";branch=" + BRANCH, CALL_ID, 1), PHONE);

        SipResponse cancelOk = f.udp.last().response();
        assertThat(cancelOk.status()).isEqualTo(200);
        assertThat(cancelOk.cseq().method()).isEqualTo("CANCEL");
        // §9.2: the To tag of the CANCEL's response should equal the one of the INVITE's responses
        assertThat(cancelOk.to().tag()).isEqualTo(ringing.to().tag());
        assertThat(f.user.cancels).hasSize(1);
        assertThat(f.user.cancels.getFirst().invite()).isSameAs(inviteTx);
        assertThat(f.user.cancels.getFirst().cancel().method()).isEqualTo("CANCEL");
        assertThat(f.user.requests).as("the CANCEL is not a new request for the user").hasSize(1);

        inviteTx.respond(f.layer.response(inviteTx.request(), 487, "Request Terminated").build());
        assertThat(f.udp.last().response().status()).isEqualTo(487);
        assertThat(f.udp.last().response().cseq().method()).isEqualTo("INVITE");
    }

    @Test
    void cancelRetransmissionGetsTheSameTwoHundredAndDoesNotCancelTwice() {
        f.udp.receive(invite, PHONE);
        String cancel = SipText.request("CANCEL", PHONE_VIA + ";branch=" + BRANCH, CALL_ID, 1);
        f.udp.receive(cancel, PHONE);
        f.udp.receive(cancel, PHONE);

        assertThat(f.user.cancels).hasSize(1);
        List<InMemoryTransport.Sent> sent = f.udp.sent();
        assertThat(sent).extracting(s -> s.response().status()).containsExactly(100, 200, 200);
        assertThat(sent.get(2).bytes()).isEqualTo(sent.get(1).bytes());
    }

    @Test
    void cancelWithNoMatchingInviteGetsFourEightyOne() {
        f.udp.receive(SipText.request("CANCEL", PHONE_VIA + ";branch=z9hG4bK-nothing", "other@phone", 1), PHONE);

        SipResponse r = f.udp.last().response();
        assertThat(r.status()).isEqualTo(481);
        assertThat(r.cseq().method()).isEqualTo("CANCEL");
        assertThat(f.user.heardNothing()).isTrue();
    }

    @Test
    void cancelAfterTheFinalResponseIsAnsweredTwoHundredAndHasNoEffect() {
        f.udp.receive(invite, PHONE);
        answer(486, "Busy Here");

        f.udp.receive(SipText.request("CANCEL", PHONE_VIA + ";branch=" + BRANCH, CALL_ID, 1), PHONE);

        // RFC 3261 §9.2: as long as the CANCEL matched an existing transaction, it is answered 200
        SipResponse r = f.udp.last().response();
        assertThat(r.cseq().method()).isEqualTo("CANCEL");
        assertThat(r.status()).isEqualTo(200);
        assertThat(f.user.cancels).isEmpty();
    }

    @Test
    void transactionUserThatThrowsAfterAnsweringKeepsItsAnswer() {
        f.user.behaviour = tx -> {
            tx.respond(f.layer.response(tx.request(), 486, "Busy Here").build());
            throw new IllegalStateException("bug after the answer");
        };

        f.udp.receive(invite, PHONE);

        assertThat(f.udp.sent()).extracting(s -> s.response().status()).containsExactly(100, 486);
    }
}
