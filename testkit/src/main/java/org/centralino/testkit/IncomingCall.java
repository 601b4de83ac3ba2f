package org.centralino.testkit;

import java.time.Duration;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.sdp.SessionDescription;

/**
 * A call the PBX offered this phone: its INVITE and the answers the test chooses (RFC 3261 §13.3): ringing,
 * early media, 200 with an answer, an error; and the CANCEL and ACK that may follow. Once answered it is a
 * {@link PhoneCall} like any other.
 */
public final class IncomingCall extends PhoneCall {
    private final SipRequest invite;

    IncomingCall(TestPhone phone, SipRequest invite) {
        super(phone, invite.callId(), TestPhone.newTag(), invite.to(), invite.from(), invite.from().tag(),
            invite.contacts().isEmpty() ? null : invite.contacts().getFirst().uri(), 0);
        this.invite = invite;
    }

    public SipRequest invite() {
        return invite;
    }

    /** The SDP offer of the INVITE. */
    public SessionDescription offer() {
        return PhoneSdp.of(invite);
    }

    /** Any response to the INVITE, with an SDP body when {@code sdp} is not null. */
    public SipResponse respond(int status, String sdp) {
        return respond(invite, status, sdp);
    }

    public SipResponse respond(int status) {
        return respond(invite, status, null);
    }

    /** 180 Ringing. */
    public SipResponse ring() {
        return respond(180);
    }

    /** 183 Session Progress with early media (RFC 3960). */
    public SipResponse progress(String sdp) {
        return respond(183, sdp);
    }

    /** 200 OK with the answer; the PBX must ACK it ({@link #awaitAck}). */
    public SipResponse answer(String sdp) {
        return respond(200, sdp);
    }

    /** A final error: 486, 603, 480, ... */
    public SipResponse reject(int status) {
        if (status < 300) {
            throw new IllegalArgumentException("a rejection is 300-699, not " + status);
        }
        return respond(status);
    }

    /** Sends the last response to the INVITE again: what a phone does when no ACK comes (§13.3.1.4). */
    public void resendLastResponse() {
        phone.resendAnswer(invite);
    }

    /** The ACK of our 2xx (or of our error response). */
    public SipRequest awaitAck(Duration timeout) {
        return awaitRequest("ACK", timeout);
    }

    public SipRequest awaitCancel(Duration timeout) {
        return awaitRequest("CANCEL", timeout);
    }

    /** Awaits the CANCEL, answers it 200, and the INVITE 487 (RFC 3261 §9.2); returns the CANCEL. */
    public SipRequest acceptCancel(Duration timeout) {
        SipRequest cancel = awaitCancel(timeout);
        respond(cancel, 200);
        respond(487);
        return cancel;
    }
}
