package org.centralino.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.centralino.sip.message.SipResponse;
import org.junit.jupiter.api.Test;

/** RFC 3261 §21.4.1 and §16.3 in spirit: what cannot be parsed reaches nobody, what can be answered gets 400. */
class MalformedInputTest {
    private static final InetSocketAddress SOURCE = new InetSocketAddress("198.51.100.7", 40_123);

    private final TransactionFixture f = new TransactionFixture();

    @Test
    void garbageReachesNobodyAndIsNotAnswered() {
        f.udp.receive("HELLO THERE\nthis is not sip\n\n", SOURCE);
        f.udp.receive(new byte[] {0x16, 0x03, 0x01, 0x00, 0x2a, 0x01}, SOURCE);

        assertThat(f.user.heardNothing()).isTrue();
        assertThat(f.udp.sent()).isEmpty();
        assertThat(f.layer.serverTransactionCount()).isZero();
    }

    @Test
    void responseThatFailsToParseReachesNoTransaction() {
        RecordingListener listener = new RecordingListener();
        f.layer.sendRequest(SipText.request(SipText.request("OPTIONS",
            "SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-m1", "m-1@pbx", 1)), TransactionFixture.udpPeer(SOURCE),
            listener);

        // no Call-ID: a response with a broken mandatory header cannot be matched nor answered
        f.udp.receive("""
            SIP/2.0 200 OK
            Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-m1
            From: <sip:200@192.0.2.10>;tag=from-200
            To: <sip:100@192.0.2.10>;tag=x
            CSeq: 1 OPTIONS
            Content-Length: 0

            """, SOURCE);

        assertThat(listener.responses).isEmpty();
        assertThat(f.user.heardNothing()).isTrue();
        assertThat(f.udp.sent()).as("only the OPTIONS itself").hasSize(1);
    }

    @Test
    void malformedRequestWithReadableHeadersGetsFourHundredAtItsSource() {
        // CSeq names another method than the request line (RFC 4475 §3.1.2.17): malformed, yet answerable
        f.udp.receive("""
            OPTIONS sip:100@192.0.2.10 SIP/2.0
            Via: SIP/2.0/UDP 10.0.0.9:5070;branch=z9hG4bK-m2
            Max-Forwards: 70
            From: <sip:200@192.0.2.10>;tag=from-200
            To: <sip:100@192.0.2.10>
            Call-ID: m-2@phone
            CSeq: 1 INVITE
            Content-Length: 0

            """, SOURCE);

        assertThat(f.user.heardNothing()).isTrue();
        assertThat(f.layer.serverTransactionCount()).isZero();
        InMemoryTransport.Sent sent = f.udp.last();
        assertThat(sent.to()).as("back to the source: the Via may be what is broken").isEqualTo(SOURCE);
        SipResponse r = sent.response();
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.callId()).isEqualTo("m-2@phone");
        assertThat(r.topVia().branch()).isEqualTo("z9hG4bK-m2");
        assertThat(r.cseq().toString()).isEqualTo("1 INVITE");
        assertThat(r.from().tag()).isEqualTo("from-200");
    }

    @Test
    void malformedRequestWithoutCallIdIsDroppedBecauseNoResponseCanBeFormed() {
        f.udp.receive("""
            OPTIONS sip:100@192.0.2.10 SIP/2.0
            Via: SIP/2.0/UDP 10.0.0.9:5070;branch=z9hG4bK-m3
            From: <sip:200@192.0.2.10>;tag=from-200
            To: <sip:100@192.0.2.10>
            CSeq: 1 OPTIONS
            Content-Length: 0

            """, SOURCE);

        assertThat(f.user.heardNothing()).isTrue();
        assertThat(f.udp.sent()).isEmpty();
    }

    @Test
    void malformedRequestOverTcpIsAnsweredOnTheConnection() {
        f.tcp.receive("""
            OPTIONS sip:100@192.0.2.10 SIP/2.0
            Via: SIP/2.0/TCP 10.0.0.9:5070;branch=z9hG4bK-m4
            From: <sip:200@192.0.2.10>;tag=from-200
            To: <sip:100@192.0.2.10>
            Call-ID: m-4@phone
            CSeq: 1 INVITE
            Content-Length: 0

            """, SOURCE);

        assertThat(f.tcp.last().to()).isEqualTo(SOURCE);
        assertThat(f.tcp.last().response().status()).isEqualTo(400);
        assertThat(f.udp.sent()).isEmpty();
    }

    @Test
    void crlfKeepaliveDatagramIsNeitherParsedNorAnswered() {
        f.udp.receive("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), SOURCE);

        assertThat(f.user.heardNothing()).isTrue();
        assertThat(f.udp.sent()).isEmpty();
    }

    @Test
    void rfc2543RequestWhoseFromCannotBeReadForMatchingGetsFourHundred() {
        // without the magic cookie, §17.2.3 matching needs the From tag, so the From must be readable
        f.udp.receive("""
            OPTIONS sip:100@192.0.2.10 SIP/2.0
            Via: SIP/2.0/UDP 10.0.0.9:5070;branch=old-style-1
            From: <sip:200@192.0.2.10;tag=unterminated
            To: <sip:100@192.0.2.10>
            Call-ID: m-5@phone
            CSeq: 1 OPTIONS
            Content-Length: 0

            """, SOURCE);

        assertThat(f.user.heardNothing()).isTrue();
        assertThat(f.layer.serverTransactionCount()).isZero();
        assertThat(f.udp.last().response().status()).isEqualTo(400);
        // the Via itself is readable, so the answer is routed by it (§18.2.2): received and the Via port
        assertThat(f.udp.last().to()).isEqualTo(new InetSocketAddress("198.51.100.7", 5070));
    }
}
