package org.centralino.core.b2bua;

import org.centralino.core.call.CallInput;
import org.centralino.core.call.LegId;
import org.centralino.sip.dialog.Dialog;
import org.centralino.sip.dialog.DialogCreation;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transaction.ServerTransaction;
import org.centralino.sip.transport.Peer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caller's leg: its INVITE, answered as a UAS (RFC 3261 §13.3) with what the call decides: 1xx, the 2xx
 * (retransmitted until the ACK), or a final error. Runs on the call's lane.
 */
final class InboundLeg implements SipLeg {
    private static final Logger LOG = LoggerFactory.getLogger(InboundLeg.class);

    private final LegId id;
    private final CallSession session;
    private final SipLink sip;
    private final ServerTransaction tx;
    private final SipRequest invite;
    private Dialog dialog;
    private OkRetransmitter ok;

    InboundLeg(LegId id, CallSession session, SipLink sip, ServerTransaction tx) {
        this.id = id;
        this.session = session;
        this.sip = sip;
        this.tx = tx;
        this.invite = tx.request();
    }

    @Override
    public LegId id() {
        return id;
    }

    @Override
    public Peer peer() {
        return tx.peer();
    }

    @Override
    public Dialog dialog() {
        return dialog;
    }

    SipRequest invite() {
        return invite;
    }

    /**
     * False for a delayed offer: the caller's INVITE had no SDP, so our 2xx carries an offer and its ACK the
     * answer; early media cannot reach it (that would need a reliable 183, RFC 3262).
     */
    boolean madeOffer() {
        return SipMessages.hasSdp(invite);
    }

    String callId() {
        return invite.callId();
    }

    /** 180, or 183 with the early media's description (RFC 3960); both make an early dialog (§12.1.1). */
    void provisional(int status, SessionDescription sdp) {
        SipResponse.Builder b = response(status, status == 183 ? "Session Progress" : "Ringing");
        if (sdp != null) {
            b.body(SipMessages.SDP, SipMessages.body(sdp));
        }
        send(b.build());
    }

    /** The 2xx with our answer; retransmitted until the ACK, and the call told when none comes. */
    void answer(SessionDescription sdp) {
        SipResponse r = response(200, "OK").header(HeaderNames.ALLOW, B2bua.ALLOW)
            .body(SipMessages.SDP, SipMessages.body(sdp)).build();
        send(r);
        ok = new OkRetransmitter(tx, r, session, sip, this::noAck);
    }

    void reject(int status, String reason, String warning) {
        SipResponse.Builder b = sip.transactions().response(invite, status, reason);
        if (warning != null) {
            b.header("Warning", warning);
        }
        if (tx.awaitingFinal()) {
            tx.respond(b.build());
        }
    }

    /** The ACK for our 2xx (§13.3.1.4): the dialog is confirmed and retransmissions stop. */
    void acked(SipRequest ack) {
        if (ok != null && ack.cseq().seq() == ok.cseq()) {
            ok.stop();
        }
    }

    /** §13.3.1.4: no ACK within 64*T1: the session ends, with a BYE to the caller, whom the call loses. */
    private void noAck() {
        LOG.info("caller leg {}: no ACK for our 2xx within 64*T1", id);
        LegRequests.send(this, "BYE", sip, LegRequests.IGNORE);
        session.feed(new CallInput.LegVanished(id, CallInput.Vanish.TIMEOUT));
    }

    private SipResponse.Builder response(int status, String reason) {
        return sip.transactions().response(invite, status, reason)
            .header(HeaderNames.CONTACT, SipMessages.contact(sip, peer()));
    }

    private void send(SipResponse r) {
        if (dialog == null) {
            switch (Dialog.asUas(invite, r)) {
                case DialogCreation.Created c -> dialog = c.dialog();
                case DialogCreation.Refused f -> LOG.info("caller leg {}: no dialog: {}", id, f.reason());
            }
        }
        if (dialog != null) {
            dialog.onResponseSent(r);
        }
        tx.respond(r);
    }

    @Override
    public void close() {
        if (ok != null) {
            ok.stop();
        }
    }
}
