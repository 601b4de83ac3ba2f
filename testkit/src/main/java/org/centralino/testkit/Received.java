package org.centralino.testkit;

import java.net.InetSocketAddress;
import java.time.Instant;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;

/**
 * One SIP message a {@link TestPhone} received, as its log keeps it.
 *
 * @param message        the parsed message
 * @param source         where the datagram came from
 * @param retransmission true when an identical request (same method and branch) or response (same branch,
 *                       CSeq, status and To tag) had already arrived: it is logged but not handed to the awaits
 * @param at             when it arrived (wall clock, for messages in failures)
 */
public record Received(SipMessage message, InetSocketAddress source, boolean retransmission, Instant at) {

    public boolean isRequest(String method) {
        return message instanceof SipRequest r && r.isMethod(method);
    }

    /** True for a response with this status to a request of this method. */
    public boolean isResponse(int status, String method) {
        return message instanceof SipResponse r && r.status() == status && r.cseq().method().equals(method);
    }

    /** One line for failure messages: "INVITE sip:..." or "180 Ringing (INVITE)", with the Call-ID. */
    public String summary() {
        String what = switch (message) {
            case SipRequest r -> r.method() + " " + r.requestUri();
            case SipResponse r -> r.status() + " " + r.reason() + " (" + r.cseq().method() + ")";
        };
        return what + " Call-ID " + message.callId() + (retransmission ? " [retransmission]" : "");
    }
}
