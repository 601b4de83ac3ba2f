package org.centralino.testkit;

import java.time.Duration;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;

/**
 * A request a {@link TestPhone} sent, and the way to its responses: they are matched by Call-ID, top Via
 * branch and CSeq method, as a client transaction would (RFC 3261 §17.1.3). 100 Trying is hop-by-hop
 * noise and never returned; retransmitted responses are not returned twice.
 */
public final class SentRequest {
    private final TestPhone phone;
    private final SipRequest request;

    SentRequest(TestPhone phone, SipRequest request) {
        this.phone = phone;
        this.request = request;
    }

    public SipRequest request() {
        return request;
    }

    /** Sends the same request again, byte for byte (a retransmission: same branch). */
    public void retransmit() {
        phone.send(request);
    }

    /** The next response to it other than 100 Trying, provisional or final. */
    public SipResponse awaitResponse(Duration timeout) {
        return phone.awaitResponse(r -> matches(r) && r.status() != 100, "a response to " + describe(), timeout);
    }

    /** The final response (provisionals before it stay unread: see {@link #awaitResponse}). */
    public SipResponse awaitFinal(Duration timeout) {
        return phone.awaitResponse(r -> matches(r) && r.isFinal(), "a final response to " + describe(), timeout);
    }

    boolean matches(SipResponse r) {
        return request.callId().equals(r.callId()) && request.cseq().method().equals(r.cseq().method())
            && request.topVia().branch().equals(r.topVia().branch());
    }

    private String describe() {
        return request.method() + " CSeq " + request.cseq().seq() + " (Call-ID " + request.callId() + ")";
    }
}
