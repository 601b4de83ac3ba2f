package org.centralino.core.b2bua;

import java.io.IOException;
import java.util.Optional;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.LegId;
import org.centralino.sip.dialog.Dialog;
import org.centralino.sip.dialog.DialogCreation;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.sdp.SdpParseResult;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transaction.ClientTransaction;
import org.centralino.sip.transaction.ClientTransactionListener;
import org.centralino.sip.transaction.RequestFactory;
import org.centralino.sip.transaction.TimerService;
import org.centralino.sip.transport.Peer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fork: our INVITE to one registered device of the callee, as a UAC (RFC 3261 §13.2). Reduces what the
 * device answers to {@link CallInput}s for the call, and sends what the call decides (ACK, CANCEL). Runs on
 * the call's lane: its Call-ID was chosen to share the lane of the caller's.
 */
final class OutboundLeg implements ClientTransactionListener, SipLeg {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundLeg.class);

    private final LegId id;
    private final CallSession session;
    private final SipLink sip;
    private final Peer peer;
    private final SipRequest invite;
    private ClientTransaction tx;
    private Dialog dialog;
    private boolean provisionalSeen;
    private boolean cancelPending;
    private boolean cancelled;
    private SipRequest ack;
    private SessionDescription remoteSdp;
    private TimerService.Timeout cancelGuard;

    OutboundLeg(LegId id, CallSession session, SipLink sip, Peer peer, SipRequest invite) {
        this.id = id;
        this.session = session;
        this.sip = sip;
        this.peer = peer;
        this.invite = invite;
    }

    @Override
    public LegId id() {
        return id;
    }

    @Override
    public Peer peer() {
        return peer;
    }

    @Override
    public Dialog dialog() {
        return dialog;
    }

    String callId() {
        return invite.callId();
    }

    /** The description the device sent last (183 or 2xx), or null. */
    SessionDescription remoteSdp() {
        return remoteSdp;
    }

    void send() {
        tx = sip.transactions().sendRequest(invite, peer, this);
    }

    @Override
    public void onResponse(SipResponse r) {
        LOG.debug("fork {}: {} {}", id, r.status(), r.reason());
        if (r.status() == 100) {
            provisionalArrived();
            return;
        }
        if (r.isProvisional() || r.isSuccess()) {
            if (!dialogFrom(r)) {
                return;
            }
        }
        if (r.isProvisional()) {
            boolean early = readSdp(r);
            provisionalArrived();
            session.feed(new CallInput.ForkProgress(id, early));
        } else if (r.isSuccess()) {
            onSuccess(r);
        } else {
            stopGuard();
            session.feed(new CallInput.ForkRejected(id, r.status()));
        }
    }

    /** The dialog of this fork from its first 1xx/2xx with a To tag; false for a response of another dialog. */
    private boolean dialogFrom(SipResponse r) {
        String tag;
        try {
            tag = r.to().tag();
        } catch (SipParseException e) {
            return false;
        }
        if (tag == null) {
            return r.isProvisional();
        }
        if (dialog == null) {
            switch (Dialog.asUac(invite, r)) {
                case DialogCreation.Created c -> dialog = c.dialog();
                case DialogCreation.Refused f -> {
                    LOG.info("fork {}: {} creates no dialog: {}", id, r.status(), f.reason());
                    return false;
                }
            }
            return true;
        }
        if (!tag.equals(dialog.id().remoteTag())) {
            LOG.info("fork {}: response from a second dialog (To tag {}) ignored", id, tag);
            return false;
        }
        dialog.onResponse(r);
        return true;
    }

    private void onSuccess(SipResponse r) {
        stopGuard();
        if (ack != null) {
            resendAck(); // a retransmitted 2xx: our ACK was lost (RFC 3261 §13.2.2.4)
            return;
        }
        if (session.isClosed()) {
            acknowledge(); // a 2xx after the call gave this leg up: confirm and end it at once
            hangUpQuietly();
            return;
        }
        if (!readSdp(r) && remoteSdp == null) {
            LOG.info("fork {}: 2xx without a session description to our offer; treated as 488", id);
            acknowledge();
            hangUpQuietly();
            session.feed(new CallInput.ForkRejected(id, 488));
            return;
        }
        session.feed(new CallInput.ForkAnswered(id));
    }

    /** Reads the SDP of a 1xx/2xx into {@link #remoteSdp}; true when there was a valid one. */
    private boolean readSdp(SipResponse r) {
        Optional<SdpParseResult> parsed = SipMessages.sdpOf(r);
        if (parsed.isPresent() && parsed.get() instanceof SdpParseResult.Parsed p) {
            remoteSdp = p.description();
            return true;
        }
        parsed.ifPresent(bad -> LOG.info("fork {}: unreadable SDP in {}: {}", id, r.status(), bad));
        return false;
    }

    private void provisionalArrived() {
        provisionalSeen = true;
        if (cancelPending) {
            cancelPending = false;
            sendCancel();
        }
    }

    @Override
    public void onTimeout() {
        session.feed(new CallInput.LegVanished(id, CallInput.Vanish.TIMEOUT));
    }

    @Override
    public void onTransportError() {
        session.feed(new CallInput.LegVanished(id, CallInput.Vanish.TRANSPORT_FAILURE));
    }

    /** ACK for the 2xx (RFC 3261 §13.2.2.4): end to end, no transaction; kept to answer retransmissions. */
    void acknowledge() {
        if (dialog == null || ack != null || dialog.isTerminated()) {
            return;
        }
        ack = SipMessages.withVia(dialog.createAck(invite.cseq().seq()), sip, peer);
        resendAck();
    }

    private void resendAck() {
        try {
            sip.transport().send(ack, peer);
        } catch (IOException | RuntimeException e) {
            LOG.info("fork {}: ACK to {} failed: {}", id, peer, e.toString());
        }
    }

    /**
     * CANCEL the INVITE (RFC 3261 §9.1), but only once a provisional response came; until then it waits. If
     * the device answers neither way within 64*T1 the leg is given up as vanished.
     */
    void cancel() {
        if (cancelled || cancelPending) {
            return;
        }
        if (!provisionalSeen) {
            cancelPending = true; // timer B ends the INVITE if nothing ever comes
            return;
        }
        sendCancel();
    }

    private void sendCancel() {
        cancelled = true;
        sip.transactions().sendRequest(RequestFactory.cancel(invite), peer, LegRequests.IGNORE);
        cancelGuard = session.schedule(sip.timers().timeout(), () -> {
            cancelGuard = null;
            tx.abandon();
            session.feed(new CallInput.LegVanished(id, CallInput.Vanish.TIMEOUT));
        });
    }

    private void stopGuard() {
        if (cancelGuard != null) {
            cancelGuard.cancel();
            cancelGuard = null;
        }
    }

    /** A BYE the call did not ask for (a 2xx we cannot use): sent and forgotten. */
    private void hangUpQuietly() {
        LegRequests.send(this, "BYE", sip, LegRequests.IGNORE);
    }

    @Override
    public void close() {
        stopGuard();
    }
}
