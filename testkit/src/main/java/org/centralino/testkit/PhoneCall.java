package org.centralino.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.Params;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipUri;

/**
 * One call of a {@link TestPhone}: a SIP dialog (RFC 3261 §12) seen from the phone, whichever side created it.
 * Tests use it to send requests within the dialog (BYE, re-INVITE, UPDATE, INFO, ACK), to await the requests
 * the PBX sends in it, and to answer them with any status. Nothing is sent unless the test asks, except what
 * {@link TestPhone} documents (ACK of failures, repeating answers to retransmitted requests).
 *
 * <p>Thread-safety: the dialog state is updated by the phone's reader thread (a To tag, a target refresh) and
 * read by the test thread, so its accessors are synchronized.
 */
public abstract sealed class PhoneCall permits OutgoingCall, IncomingCall {
    static final String SDP = "application/sdp";
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, INFO";

    final TestPhone phone;
    private final String callId;
    private final String localTag;
    private final NameAddr localUri;
    private NameAddr remoteUri;
    private String remoteTag;
    private SipUri remoteTarget;
    private long localSeq;
    /** The ACK sent for the 2xx of each INVITE (by CSeq number): sent again when the 2xx is (§13.2.2.4). */
    private final Map<Long, SipRequest> acks = new ConcurrentHashMap<>();

    PhoneCall(TestPhone phone, String callId, String localTag, NameAddr localUri, NameAddr remoteUri,
              String remoteTag, SipUri remoteTarget, long localSeq) {
        this.phone = phone;
        this.callId = callId;
        this.localTag = localTag;
        this.localUri = withoutTag(localUri);
        this.remoteUri = withoutTag(remoteUri);
        this.remoteTag = remoteTag;
        this.remoteTarget = remoteTarget;
        this.localSeq = localSeq;
    }

    static NameAddr withoutTag(NameAddr a) {
        return a.withParams(Params.empty());
    }

    public String callId() {
        return callId;
    }

    public String localTag() {
        return localTag;
    }

    /** The PBX's tag of this dialog, or null before it answered with one. */
    public synchronized String remoteTag() {
        return remoteTag;
    }

    /** Where requests in this dialog go: the PBX's Contact. */
    public synchronized SipUri remoteTarget() {
        return remoteTarget;
    }

    public TestPhone phone() {
        return phone;
    }

    // ---- requests this phone sends in the dialog

    /**
     * Sends {@code method} in the dialog (RFC 3261 §12.2.1.1): the next CSeq, From/To with the dialog's tags,
     * Request-URI the remote target; INVITE and UPDATE carry our Contact. {@code body} may be null.
     */
    public SentRequest send(String method, String contentType, byte[] body) {
        SipRequest.Builder b;
        synchronized (this) {
            if (remoteTag == null) {
                throw new IllegalStateException("no dialog yet for " + method + " on Call-ID " + callId);
            }
            b = SipRequest.builder(method, remoteTarget)
                .header(HeaderNames.VIA, phone.via())
                .header(HeaderNames.MAX_FORWARDS, "70")
                .header(HeaderNames.FROM, localUri.withTag(localTag).toString())
                .header(HeaderNames.TO, remoteUri.withTag(remoteTag).toString())
                .header(HeaderNames.CALL_ID, callId)
                .header(HeaderNames.CSEQ, ++localSeq + " " + method);
        }
        if (method.equals("INVITE") || method.equals("UPDATE")) {
            b.header(HeaderNames.CONTACT, phone.contact()).header(HeaderNames.ALLOW, ALLOW);
        }
        if (body != null) {
            b.body(contentType, body);
        }
        SipRequest r = b.build();
        phone.send(r);
        return new SentRequest(phone, r);
    }

    /** A re-INVITE with a new offer (RFC 3261 §14.1). Its 2xx must be acknowledged: {@link #ack(SipResponse)}. */
    public SentRequest reinvite(String sdp) {
        return send("INVITE", SDP, bytes(sdp));
    }

    /** UPDATE with a new offer (RFC 3311). */
    public SentRequest update(String sdp) {
        return send("UPDATE", SDP, bytes(sdp));
    }

    /** INFO (RFC 6086), e.g. {@code application/dtmf-relay} with {@code "Signal=5\r\nDuration=160\r\n"}. */
    public SentRequest info(String contentType, String body) {
        return send("INFO", contentType, bytes(body));
    }

    public SentRequest sendBye() {
        return send("BYE", null, null);
    }

    /** Sends BYE and returns its final response. */
    public SipResponse bye(Duration timeout) {
        return sendBye().awaitFinal(timeout);
    }

    /** ACK for a 2xx to an INVITE of ours (RFC 3261 §13.2.2.4): a new transaction, the INVITE's CSeq number. */
    public void ack(SipResponse ok) {
        ack(ok, null);
    }

    /** ACK carrying an answer (for a 2xx that carried the offer, an offerless INVITE). */
    public void ack(SipResponse ok, String sdp) {
        if (!ok.isSuccess() || !ok.cseq().method().equals("INVITE")) {
            throw new IllegalArgumentException("ACK is for a 2xx to an INVITE, not " + ok);
        }
        SipRequest.Builder b;
        synchronized (this) {
            b = SipRequest.builder("ACK", remoteTarget)
                .header(HeaderNames.VIA, phone.via())
                .header(HeaderNames.MAX_FORWARDS, "70")
                .header(HeaderNames.FROM, localUri.withTag(localTag).toString())
                .header(HeaderNames.TO, ok.headers().firstOrNull(HeaderNames.TO))
                .header(HeaderNames.CALL_ID, callId)
                .header(HeaderNames.CSEQ, ok.cseq().seq() + " ACK");
        }
        if (sdp != null) {
            b.body(SDP, bytes(sdp));
        }
        SipRequest ack = b.build();
        acks.put(ok.cseq().seq(), ack);
        phone.send(ack);
    }

    // ---- requests the PBX sends in the dialog

    /** The next request of this method on this call's Call-ID (retransmissions are not returned twice). */
    public SipRequest awaitRequest(String method, Duration timeout) {
        return phone.awaitRequest(r -> r.isMethod(method) && callId.equals(r.callId()),
            method + " on Call-ID " + callId, timeout);
    }

    public SipRequest awaitBye(Duration timeout) {
        return awaitRequest("BYE", timeout);
    }

    /** Awaits a BYE and answers it 200. */
    public SipRequest acceptBye(Duration timeout) {
        SipRequest bye = awaitBye(timeout);
        respond(bye, 200);
        return bye;
    }

    /** A re-INVITE from the PBX (the dialog's own INVITE is never returned here: it is not awaited twice). */
    public SipRequest awaitReinvite(Duration timeout) {
        return awaitRequest("INVITE", timeout);
    }

    public SipResponse respond(SipRequest request, int status) {
        return respond(request, status, null);
    }

    /**
     * Answers a request of this call with {@code status} and, if not null, an SDP body. 1xx (but 100) and 2xx
     * to INVITE, and 2xx to UPDATE, carry our Contact; a response without a To tag gets ours. The answer is
     * repeated, without the test's help, when the request is retransmitted.
     */
    public SipResponse respond(SipRequest request, int status, String sdp) {
        SipResponse.Builder b = SipResponse.to(request, status, TestPhone.reasonPhrase(status));
        if (status > 100) {
            b.toTag(localTag);
        }
        boolean dialogResponse = request.isMethod("INVITE") && status > 100 && status < 300
            || request.isMethod("UPDATE") && status >= 200 && status < 300;
        if (dialogResponse) {
            b.header(HeaderNames.CONTACT, phone.contact());
        }
        if (status >= 200 && status < 300 && (request.isMethod("INVITE") || request.isMethod("UPDATE"))) {
            b.header(HeaderNames.ALLOW, ALLOW);
        }
        if (sdp != null) {
            b.body(SDP, bytes(sdp));
        }
        SipResponse r = b.build();
        phone.answer(request, r);
        return r;
    }

    // ---- what the reader thread tells the call

    /** A response on this Call-ID: may create the dialog (UAC), refresh the target, or want our ACK again. */
    void onResponse(SipResponse r, boolean retransmission) {
        String method = r.cseq().method();
        if (retransmission && r.isSuccess() && method.equals("INVITE")) {
            SipRequest ack = acks.get(r.cseq().seq());
            if (ack != null) {
                phone.sendAutomatically(ack); // our ACK was lost, or the 2xx crossed it
            }
            return;
        }
        String tag = r.to().tag();
        synchronized (this) {
            if (remoteTag == null && tag != null && r.status() > 100 && r.status() < 300) {
                remoteTag = tag; // §12.1.2: the UAC's dialog comes from the first 1xx/2xx with a To tag
                remoteUri = withoutTag(r.to());
            }
            if (tag != null && tag.equals(remoteTag) && r.isSuccess() && isTargetRefresh(method)) {
                refreshTarget(r.contacts().isEmpty() ? null : r.contacts().getFirst().uri());
            }
            if (tag != null && tag.equals(remoteTag) && r.isProvisional() && method.equals("INVITE")) {
                refreshTarget(r.contacts().isEmpty() ? null : r.contacts().getFirst().uri());
            }
        }
    }

    /** A request on this Call-ID (first arrival): a target refresh moves where we send (§12.2.2). */
    void onRequest(SipRequest r) {
        if (isTargetRefresh(r.method()) && !r.contacts().isEmpty()) {
            synchronized (this) {
                refreshTarget(r.contacts().getFirst().uri());
            }
        }
    }

    private void refreshTarget(SipUri target) {
        if (target != null) {
            remoteTarget = target;
        }
    }

    private static boolean isTargetRefresh(String method) {
        return method.equals("INVITE") || method.equals("UPDATE");
    }

    /** Takes the next local CSeq number as used by a request built elsewhere (the authenticated INVITE). */
    synchronized void localSequence(long seq) {
        localSeq = seq;
    }

    static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
