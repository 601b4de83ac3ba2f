package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.centralino.sip.message.Via;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §18.2.1 and RFC 3581 §4 on the way in (received, rport on the top Via), §18.2.2 and RFC 3581 §4
 * on the way out (where the response goes), through the transport layer under a transaction.
 */
class ViaStampingAndResponseRoutingTest {
    /** A phone behind NAT: it writes its private address in Via, we see the router's public one. */
    private static final InetSocketAddress NAT_SOURCE = new InetSocketAddress("198.51.100.7", 40_123);

    private final TransactionFixture f = new TransactionFixture();

    private ServerTransaction receive(String via, InetSocketAddress source) {
        f.udp.receive(SipText.request("OPTIONS", via, "nat-1@phone", 1), source);
        return f.user.lastRequest();
    }

    private void answerOk(ServerTransaction tx) {
        tx.respond(f.layer.response(tx.request(), 200, "OK").build());
    }

    @Test
    void viaWhoseSentByDiffersFromTheSourceGetsReceived() {
        ServerTransaction tx = receive("SIP/2.0/UDP 10.0.0.9:5070;branch=z9hG4bK-n1", NAT_SOURCE);

        Via via = tx.request().topVia();
        assertThat(via.received()).isEqualTo("198.51.100.7");
        assertThat(via.hasRport()).isFalse();
        assertThat(via.host()).isEqualTo("10.0.0.9");
        assertThat(via.port()).isEqualTo(5070);
        assertThat(via.branch()).isEqualTo("z9hG4bK-n1");
    }

    @Test
    void viaThatMatchesTheSourceAndAsksNothingIsLeftAsItIs() {
        ServerTransaction tx = receive("SIP/2.0/UDP 192.0.2.20:5062;branch=z9hG4bK-n2",
            TransactionFixture.PHONE);

        assertThat(tx.request().headers().firstOrNull("Via"))
            .isEqualTo("SIP/2.0/UDP 192.0.2.20:5062;branch=z9hG4bK-n2");
    }

    @Test
    void aReceivedWrittenByTheClientCannotSteerTheResponseElsewhere() {
        ServerTransaction tx = receive("SIP/2.0/UDP 192.0.2.20:5062;received=203.0.113.66;branch=z9hG4bK-f1",
            new InetSocketAddress("192.0.2.20", 5062));
        assertThat(tx.request().topVia().received()).isEqualTo("192.0.2.20");

        answerOk(tx);
        assertThat(f.udp.last().to()).isEqualTo(new InetSocketAddress("192.0.2.20", 5062));
    }

    @Test
    void aHostNameInReceivedIsNeverResolvedTheSourceAddressIsUsed() {
        ServerTransaction tx = receive("SIP/2.0/UDP 192.0.2.20:5070;received=slow.example.invalid;"
            + "branch=z9hG4bK-f2", new InetSocketAddress("192.0.2.20", 5062));

        answerOk(tx);
        assertThat(f.udp.last().to()).isEqualTo(new InetSocketAddress("192.0.2.20", 5070));
    }

    @Test
    void emptyRportIsFilledWithTheSourcePortAndReceivedIsAddedEvenWhenTheHostMatches() {
        InetSocketAddress source = new InetSocketAddress("192.0.2.20", 40_999);
        ServerTransaction tx = receive("SIP/2.0/UDP 192.0.2.20:5062;rport;branch=z9hG4bK-n3", source);

        Via via = tx.request().topVia();
        assertThat(via.rport()).isEqualTo(40_999);
        assertThat(via.received()).isEqualTo("192.0.2.20");
    }

    @Test
    void onlyTheTopViaIsStampedAndTheOthersKeepTheirOrder() {
        f.udp.receive("""
            OPTIONS sip:100@192.0.2.10 SIP/2.0
            Via: SIP/2.0/UDP 10.0.0.9:5070;rport;branch=z9hG4bK-n4, SIP/2.0/UDP 10.0.0.8;branch=z9hG4bK-p1
            Via: SIP/2.0/UDP 10.0.0.7;branch=z9hG4bK-p2
            From: <sip:200@192.0.2.10>;tag=a
            To: <sip:100@192.0.2.10>
            Call-ID: nat-2@phone
            CSeq: 1 OPTIONS
            Content-Length: 0

            """, NAT_SOURCE);

        assertThat(f.user.lastRequest().request().vias()).extracting(Via::toString).containsExactly(
            "SIP/2.0/UDP 10.0.0.9:5070;rport=40123;branch=z9hG4bK-n4;received=198.51.100.7",
            "SIP/2.0/UDP 10.0.0.8;branch=z9hG4bK-p1",
            "SIP/2.0/UDP 10.0.0.7;branch=z9hG4bK-p2");
    }

    @Test
    void withRportTheResponseGoesToTheSourceAddressAndPort() {
        ServerTransaction tx = receive("SIP/2.0/UDP 10.0.0.9:5070;rport;branch=z9hG4bK-n5", NAT_SOURCE);
        answerOk(tx);

        InMemoryTransport.Sent sent = f.udp.last();
        assertThat(sent.to()).isEqualTo(NAT_SOURCE);
        Via echoed = sent.response().topVia();
        assertThat(echoed.rport()).isEqualTo(40_123);
        assertThat(echoed.received()).isEqualTo("198.51.100.7");
    }

    @Test
    void withoutRportTheResponseGoesToReceivedAndTheViaPort() {
        ServerTransaction tx = receive("SIP/2.0/UDP 10.0.0.9:5070;branch=z9hG4bK-n6", NAT_SOURCE);
        answerOk(tx);

        assertThat(f.udp.last().to()).isEqualTo(new InetSocketAddress("198.51.100.7", 5070));
        assertThat(f.udp.last().response().topVia().received()).isEqualTo("198.51.100.7");
    }

    @Test
    void withoutRportOrViaPortTheResponseGoesToReceivedOnTheDefaultPort() {
        ServerTransaction tx = receive("SIP/2.0/UDP 10.0.0.9;branch=z9hG4bK-n7", NAT_SOURCE);
        answerOk(tx);

        assertThat(f.udp.last().to()).isEqualTo(new InetSocketAddress("198.51.100.7", 5060));
    }

    @Test
    void overTcpTheResponseGoesBackToTheConnectionWhateverTheViaSays() {
        f.tcp.receive(SipText.request("OPTIONS", "SIP/2.0/TCP 10.0.0.9:5070;branch=z9hG4bK-n8", "nat-3@phone", 1),
            NAT_SOURCE);
        answerOk(f.user.lastRequest());

        assertThat(f.tcp.last().to()).isEqualTo(NAT_SOURCE);
        assertThat(f.udp.sent()).isEmpty();
    }

    @Test
    void retransmissionFromTheSameNatBindingMatchesTheStampedTransaction() {
        String request = SipText.request("OPTIONS", "SIP/2.0/UDP 10.0.0.9:5070;rport;branch=z9hG4bK-n9",
            "nat-4@phone", 1);
        f.udp.receive(request, NAT_SOURCE);
        answerOk(f.user.lastRequest());
        f.udp.receive(request, NAT_SOURCE);

        assertThat(f.user.requests).hasSize(1);
        assertThat(f.udp.sent()).hasSize(2).allSatisfy(s -> assertThat(s.to()).isEqualTo(NAT_SOURCE));
    }
}
