package org.centralino.sip.transaction;

import java.nio.charset.StandardCharsets;
import org.centralino.sip.message.SipParser;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;

/** SIP messages written as text blocks in tests: LF line ends become CRLF, then the parser reads them. */
final class SipText {
    private SipText() {
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static SipRequest request(String text) {
        return (SipRequest) SipParser.parse(crlf(text).getBytes(StandardCharsets.UTF_8));
    }

    static SipResponse response(String text) {
        return (SipResponse) SipParser.parse(crlf(text).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A request as a phone would send it: {@code via} is the whole top Via value, e.g.
     * {@code "SIP/2.0/UDP 192.0.2.20:5062;branch=z9hG4bK-1"}; the CSeq method is the request method.
     */
    static String request(String method, String via, String callId, long cseq) {
        return request(method, via, callId, cseq, "<sip:100@192.0.2.10>");
    }

    static String request(String method, String via, String callId, long cseq, String to) {
        return """
            %1$s sip:100@192.0.2.10 SIP/2.0
            Via: %2$s
            Max-Forwards: 70
            From: "Alice" <sip:200@192.0.2.10>;tag=from-200
            To: %5$s
            Call-ID: %3$s
            CSeq: %4$d %1$s
            Content-Length: 0

            """.formatted(method, via, callId, cseq, to);
    }
}
