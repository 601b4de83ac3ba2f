package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.sip.transaction.TransactionFixture.PHONE;
import static org.centralino.sip.transaction.TransactionFixture.PHONE_TCP_VIA;
import static org.centralino.sip.transaction.TransactionFixture.PHONE_VIA;

import java.util.List;
import org.centralino.sip.message.SipResponse;
import org.junit.jupiter.api.Test;

/** RFC 3261 §17.2.2 end to end: transport layer, transaction layer, manual clock, inline lanes. */
class NonInviteServerTransactionTest {
    private final TransactionFixture f = new TransactionFixture();
    private final String options = SipText.request("OPTIONS", PHONE_VIA + ";branch=z9hG4bK-opt1", "call-1@phone", 1);

    @Test
    void requestReachesTheTransactionUserOnceWithItsSource() {
        f.udp.receive(options, PHONE);

        assertThat(f.user.requests).hasSize(1);
        ServerTransaction tx = f.user.lastRequest();
        assertThat(tx.request().method()).isEqualTo("OPTIONS");
        assertThat(tx.peer()).isEqualTo(TransactionFixture.udpPeer(PHONE));
        assertThat(f.layer.serverTransactionCount()).isEqualTo(1);
        assertThat(f.udp.sent()).as("a non-INVITE gets no automatic 100").isEmpty();
    }

    @Test
    void retransmissionBeforeTheAnswerIsAbsorbedSilently() {
        f.udp.receive(options, PHONE);
        f.udp.receive(options, PHONE);

        assertThat(f.user.requests).hasSize(1);
        assertThat(f.udp.sent()).isEmpty();
    }

    @Test
    void retransmissionAfterTheFinalResponseGetsTheSameResponseWithoutReachingTheTransactionUser() {
        f.udp.receive(options, PHONE);
        ServerTransaction tx = f.user.lastRequest();
        tx.respond(f.layer.response(tx.request(), 200, "OK").build());
        InMemoryTransport.Sent first = f.udp.last();

        f.advanceSeconds(2);
        f.udp.receive(options, PHONE);

        assertThat(f.user.requests).hasSize(1);
        List<InMemoryTransport.Sent> sent = f.udp.sent();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).bytes()).isEqualTo(first.bytes());
        assertThat(sent.get(1).to()).isEqualTo(PHONE);
        SipResponse ok = sent.get(1).response();
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.to().tag()).isNotBlank();
        assertThat(ok.headers().firstOrNull("Server")).isEqualTo("Centralino-test");
    }

    @Test
    void provisionalResponseIsResentForARetransmissionUntilTheFinalOne() {
        f.udp.receive(options, PHONE);
        ServerTransaction tx = f.user.lastRequest();
        tx.respond(f.layer.response(tx.request(), 183, "Progress").build());
        f.udp.receive(options, PHONE);

        assertThat(f.udp.sent()).extracting(s -> s.response().status()).containsExactly(183, 183);
        assertThat(f.user.requests).hasSize(1);
    }

    @Test
    void timerJEndsTheTransactionAfterThirtyTwoSecondsOverUdpAndANewCopyIsANewRequest() {
        f.udp.receive(options, PHONE);
        ServerTransaction tx = f.user.lastRequest();
        tx.respond(f.layer.response(tx.request(), 200, "OK").build());

        f.advanceMillis(31_999);
        assertThat(f.layer.serverTransactionCount()).isEqualTo(1);
        f.advanceMillis(1);
        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(tx.isTerminated()).isTrue();
        assertThat(f.clock.pending()).as("no timer left behind").isZero();

        f.udp.receive(options, PHONE);
        assertThat(f.user.requests).hasSize(2);
        assertThat(f.user.lastRequest()).isNotSameAs(tx);
        assertThat(f.udp.sent()).as("the old 200 is not replayed").hasSize(1);
    }

    @Test
    void overTcpTheTransactionEndsAtOnceAfterTheFinalResponse() {
        String overTcp = SipText.request("OPTIONS", PHONE_TCP_VIA + ";branch=z9hG4bK-opt-tcp", "call-2@phone", 1);
        f.tcp.receive(overTcp, PHONE);
        ServerTransaction tx = f.user.lastRequest();
        tx.respond(f.layer.response(tx.request(), 200, "OK").build());

        assertThat(f.tcp.sent()).hasSize(1);
        assertThat(f.tcp.last().to()).isEqualTo(PHONE);
        assertThat(f.udp.sent()).isEmpty();
        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(f.clock.pending()).isZero();
    }

    @Test
    void statelessChallengeLeavesNoTransactionAndARetransmissionReachesTheUserAgain() {
        String register = SipText.request("REGISTER", PHONE_VIA + ";branch=z9hG4bK-reg1", "reg-1@phone", 1,
            "<sip:200@192.0.2.10>");
        f.udp.receive(register, PHONE);
        ServerTransaction tx = f.user.lastRequest();
        tx.respondStatelessly(f.layer.response(tx.request(), 401, "Unauthorized")
            .header("WWW-Authenticate", "Digest realm=\"pbx\", nonce=\"n1\"").build());

        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(tx.isTerminated()).isTrue();
        assertThat(tx.stateName()).isEqualTo("Terminated");
        assertThat(f.clock.pending()).isZero();
        assertThat(f.udp.last().response().status()).isEqualTo(401);

        f.udp.receive(register, PHONE);
        assertThat(f.user.requests).hasSize(2);
        ServerTransaction again = f.user.lastRequest();
        again.respondStatelessly(f.layer.response(again.request(), 401, "Unauthorized").build());
        List<InMemoryTransport.Sent> sent = f.udp.sent();
        assertThat(sent).hasSize(2);
        // RFC 3261 §8.2.7: a stateless UAS gives a retransmission the same To tag
        assertThat(sent.get(1).response().to().tag()).isEqualTo(sent.get(0).response().to().tag());
    }

    @Test
    void statelessAnswersAreRefusedForProvisionalResponses() {
        f.udp.receive(options, PHONE);
        ServerTransaction tx = f.user.lastRequest();

        assertThatThrownBy(() -> tx.respondStatelessly(f.layer.response(tx.request(), 180, "Ringing").build()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(f.udp.sent()).isEmpty();
        assertThat(f.layer.serverTransactionCount()).isEqualTo(1);
    }

    @Test
    void aStatelessOkToOptionsLeavesNothingBehind() {
        f.udp.receive(options, PHONE);
        ServerTransaction tx = f.user.lastRequest();

        tx.respondStatelessly(f.layer.response(tx.request(), 200, "OK").build());
        assertThat(f.udp.sent()).hasSize(1);
        assertThat(f.layer.serverTransactionCount()).isZero();
    }

    @Test
    void sameBranchFromAnotherSentByIsAnotherTransaction() {
        f.udp.receive(options, PHONE);
        f.udp.receive(SipText.request("OPTIONS", "SIP/2.0/UDP 192.0.2.21:5062;branch=z9hG4bK-opt1",
            "call-1@phone", 1), new java.net.InetSocketAddress("192.0.2.21", 5062));

        assertThat(f.user.requests).hasSize(2);
        assertThat(f.layer.serverTransactionCount()).isEqualTo(2);
    }

    @Test
    void transactionUserThatThrowsLeavesA500AndNoTransactionBehind() {
        f.user.behaviour = tx -> {
            throw new IllegalStateException("bug in the transaction user");
        };

        f.udp.receive(options, PHONE);

        assertThat(f.udp.last().response().status()).isEqualTo(500);
        f.udp.receive(options, PHONE);
        assertThat(f.udp.sent()).extracting(s -> s.response().status()).containsExactly(500, 500);
        f.advanceSeconds(32);
        assertThat(f.layer.serverTransactionCount()).isZero();
    }
}
