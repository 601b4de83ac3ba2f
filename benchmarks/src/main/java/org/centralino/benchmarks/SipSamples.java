package org.centralino.benchmarks;

import java.nio.charset.StandardCharsets;

/** Typical SIP messages as phones send them, for the codec benchmarks (CRLF line ends, exact lengths). */
final class SipSamples {
    /** A re-REGISTER with digest credentials from a desk phone: what a registrar sees most. */
    static final byte[] REGISTER = wire("""
        REGISTER sip:pbx.example.com SIP/2.0
        Via: SIP/2.0/UDP 192.168.1.50:5060;branch=z9hG4bK-524287-1---1c2a7bd5ef3e9d7c;rport
        Max-Forwards: 70
        Contact: <sip:201@192.168.1.50:5060;rinstance=7c6c2f1e3a9b4d21;transport=UDP>;expires=3600
        To: "Reception" <sip:201@pbx.example.com>
        From: "Reception" <sip:201@pbx.example.com>;tag=8b0f2a11
        Call-ID: 3c26700e-9a0d-4c2f-8a51-2f4e7ba1c0d9
        CSeq: 2 REGISTER
        Expires: 3600
        Allow: INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, MESSAGE, OPTIONS, INFO, SUBSCRIBE
        Supported: replaces, path, timer, eventlist
        User-Agent: Yealink SIP-T46U 108.86.0.45
        Authorization: Digest username="201", realm="pbx.example.com", nonce="6a1f0c2b9e8d7f3a4b5c6d7e8f9a0b1c", \
        uri="sip:pbx.example.com", response="0f3b1c2d4e5f60718293a4b5c6d7e8f9", algorithm=MD5, cnonce="b7c8d9e0", \
        qop=auth, nc=00000001
        Allow-Events: talk, hold, conference, refer, check-sync
        Content-Length: 0

        """);

    /** An initial INVITE with an SDP offer of five codecs. */
    static final byte[] INVITE = wire("""
        INVITE sip:202@pbx.example.com SIP/2.0
        Via: SIP/2.0/UDP 192.168.1.50:5060;branch=z9hG4bK-524287-1---77f1d2c3b4a59687;rport
        Max-Forwards: 70
        Contact: <sip:201@192.168.1.50:5060;transport=UDP>
        To: <sip:202@pbx.example.com>
        From: "Reception" <sip:201@pbx.example.com>;tag=4a7c9e21
        Call-ID: 8d2f61c0-5b3e-4f7a-9c1d-e2a3b4c5d6e7
        CSeq: 1 INVITE
        Allow: INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, MESSAGE, OPTIONS, INFO, SUBSCRIBE
        Content-Type: application/sdp
        Supported: replaces, timer
        User-Agent: Yealink SIP-T46U 108.86.0.45
        Allow-Events: talk, hold, conference, refer, check-sync
        Content-Length: 302

        v=0
        o=- 20518 0 IN IP4 192.168.1.50
        s=SDP data
        c=IN IP4 192.168.1.50
        t=0 0
        m=audio 11780 RTP/AVP 9 8 0 18 101
        a=rtpmap:9 G722/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:0 PCMU/8000
        a=rtpmap:18 G729/8000
        a=fmtp:18 annexb=no
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        a=ptime:20
        a=sendrecv
        """);

    private SipSamples() {
    }

    private static byte[] wire(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
