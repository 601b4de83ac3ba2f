package org.centralino.testkit;

import java.time.Duration;
import java.util.List;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipUri;
import org.centralino.sip.transaction.RequestFactory;

/**
 * A call this phone placed: its INVITE (after the 407 challenge, the one with credentials), the responses to
 * it, and the caller's own moves: ACK of the 2xx, CANCEL while it rings, and everything of {@link PhoneCall}
 * once the dialog exists.
 */
public final class OutgoingCall extends PhoneCall {
    private volatile SentRequest invite;
    /** A final response to the first INVITE that was not a challenge: {@link #awaitFinal} returns it first. */
    private volatile SipResponse unread;

    private OutgoingCall(TestPhone phone, SipRequest invite) {
        super(phone, invite.callId(), invite.from().tag(), invite.from(), invite.to(), null, invite.requestUri(),
            invite.cseq().seq());
        this.invite = new SentRequest(phone, invite);
    }

    /**
     * Builds and sends the first INVITE (RFC 3261 §8.1.1): no credentials yet. A null {@code sdp} sends none (a
     * delayed offer, §13.2.1: the answer then comes in the ACK).
     */
    static OutgoingCall start(TestPhone phone, String number, String sdp) {
        SipUri target = SipUri.sip(number, phone.pbx().getAddress().getHostAddress(), phone.pbx().getPort());
        SipRequest.Builder b = SipRequest.builder("INVITE", target)
            .header(HeaderNames.VIA, phone.via())
            .header(HeaderNames.MAX_FORWARDS, "70")
            .header(HeaderNames.FROM, phone.identity().withTag(TestPhone.newTag()).toString())
            .header(HeaderNames.TO, NameAddr.of(null, target).toString())
            .header(HeaderNames.CALL_ID, TestPhone.newCallId())
            .header(HeaderNames.CSEQ, "1 INVITE")
            .header(HeaderNames.CONTACT, phone.contact())
            .header(HeaderNames.ALLOW, ALLOW)
            .header(HeaderNames.USER_AGENT, TestPhone.USER_AGENT);
        if (sdp != null) {
            b.body(SDP, bytes(sdp));
        }
        SipRequest r = b.build();
        OutgoingCall call = new OutgoingCall(phone, r);
        phone.track(call);
        phone.send(r);
        return call;
    }

    /**
     * Answers a 401/407 (RFC 3261 §22.2): the same INVITE with the next CSeq, a new branch and the credentials.
     * The ACK of the 407 itself was sent by the phone.
     */
    void authenticate(SipResponse challenge) {
        boolean proxy = challenge.status() == 407;
        List<String> challenges = challenge.headers().all(proxy ? HeaderNames.PROXY_AUTHENTICATE
            : HeaderNames.WWW_AUTHENTICATE);
        SipRequest previous = invite.request();
        String credentials = phone.digest().authorize(challenges, "INVITE", previous.requestUri().toString());
        long seq = previous.cseq().seq() + 1;
        SipRequest.Builder b = previous.toBuilder();
        b.headers().set(HeaderNames.VIA, phone.via());
        b.headers().set(HeaderNames.CSEQ, seq + " INVITE");
        b.headers().set(proxy ? HeaderNames.PROXY_AUTHORIZATION : HeaderNames.AUTHORIZATION, credentials);
        SipRequest next = b.build();
        localSequence(seq);
        invite = new SentRequest(phone, next);
        phone.send(next);
    }

    /** A final response to the unauthenticated INVITE that was not a challenge (e.g. 403): kept for the test. */
    void keepUnread(SipResponse r) {
        unread = r;
    }

    /** The INVITE as last sent (with credentials after a challenge). */
    public SipRequest invite() {
        return invite.request();
    }

    /** Sends the INVITE again, same branch: what a phone does when it hears nothing (§17.1.1.2, timer A). */
    public void retransmitInvite() {
        invite.retransmit();
    }

    /** The next response to the INVITE other than 100 Trying (180, 183, 200, 486, ...). */
    public SipResponse awaitResponse(Duration timeout) {
        SipResponse r = unread;
        if (r != null) {
            unread = null;
            return r;
        }
        return invite.awaitResponse(timeout);
    }

    /** The final response to the INVITE; provisionals not yet read are skipped. */
    public SipResponse awaitFinal(Duration timeout) {
        SipResponse r = unread;
        if (r != null) {
            unread = null;
            return r;
        }
        return invite.awaitFinal(timeout);
    }

    /** Awaits the final response, which must be a 2xx, and acknowledges it; returns it. */
    public SipResponse awaitAnswerAndAck(Duration timeout) {
        SipResponse r = awaitFinal(timeout);
        if (!r.isSuccess()) {
            throw new AssertionError("expected a 2xx to the INVITE, got " + r.status() + " " + r.reason());
        }
        ack(r);
        return r;
    }

    /** CANCEL of the INVITE (RFC 3261 §9.1): same branch, answered 200 by the PBX; the INVITE then gets 487. */
    public SentRequest cancel() {
        SipRequest c = RequestFactory.cancel(invite.request());
        phone.send(c);
        return new SentRequest(phone, c);
    }
}
