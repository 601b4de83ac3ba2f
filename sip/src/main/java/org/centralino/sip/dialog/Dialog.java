package org.centralino.sip.dialog;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.centralino.sip.dialog.DialogEvent.AckTimeout;
import org.centralino.sip.dialog.DialogEvent.ByeReceived;
import org.centralino.sip.dialog.DialogEvent.ByeSent;
import org.centralino.sip.dialog.DialogEvent.FailureReceived;
import org.centralino.sip.dialog.DialogEvent.FailureSent;
import org.centralino.sip.dialog.DialogEvent.ProvisionalReceived;
import org.centralino.sip.dialog.DialogEvent.SuccessReceived;
import org.centralino.sip.dialog.DialogEvent.SuccessSent;
import org.centralino.sip.dialog.DialogEvent.TransactionTimeout;
import org.centralino.sip.message.CSeq;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipUri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIP dialog (RFC 3261 §12): its id, state, sequence numbers, URIs, remote target, route set and secure flag.
 * Feed it what happens ({@link #onRequest}, {@link #onResponse}, {@link #onResponseSent}, timeouts) and ask it for
 * requests ({@link #createRequest}, {@link #createAck}). Not thread-safe by design: a dialog lives on its
 * Call-ID's serial lane (DESIGN §2), so nothing else touches it.
 */
public final class Dialog {
    private static final Logger LOG = LoggerFactory.getLogger(Dialog.class);
    /** A sequence number not set yet (RFC 3261 §12.1: "empty"). */
    static final long EMPTY = -1;
    /** First local CSeq of a dialog that has sent nothing yet (the UAS side); any value below 2**31 is valid. */
    static final long INITIAL_LOCAL_SEQ = 1;
    /** CSeq numbers must stay below 2**31 (RFC 3261 §8.1.1.5). */
    static final long MAX_SEQ = (1L << 31) - 1;
    /** Requests whose Contact refreshes the remote target: RFC 3261 §12.2, RFC 3311 (UPDATE), RFC 6665 (events). */
    public static final Set<String> TARGET_REFRESH_METHODS = Set.of("INVITE", "UPDATE", "SUBSCRIBE", "NOTIFY");

    private final DialogId id;
    private final DialogRole role;
    private final NameAddr localUri;
    private final NameAddr remoteUri;
    private final NameAddr localContact;
    private final boolean secure;
    private final CSeq initial;
    private DialogState state;
    private long localSeq;
    private long remoteSeq;
    private SipUri remoteTarget;
    private List<NameAddr> routeSet;

    Dialog(DialogFactory.Seed seed) {
        this.id = seed.id();
        this.role = seed.role();
        this.localUri = seed.localUri();
        this.remoteUri = seed.remoteUri();
        this.localContact = seed.localContact();
        this.secure = seed.secure();
        this.initial = seed.initial();
        this.state = seed.state();
        this.localSeq = seed.localSeq();
        this.remoteSeq = seed.remoteSeq();
        this.remoteTarget = seed.remoteTarget();
        this.routeSet = List.copyOf(seed.routeSet());
    }

    /**
     * The UAS side of a dialog (RFC 3261 §12.1.1), from the dialog-creating request and our 101-299 response to
     * it, which must carry our To tag (and our Contact, used in later target refresh requests).
     */
    public static DialogCreation asUas(SipRequest request, SipResponse response) {
        return DialogFactory.asUas(request, response);
    }

    /** The UAC side (RFC 3261 §12.1.2), from our dialog-creating request and a 101-299 response with a To tag. */
    public static DialogCreation asUac(SipRequest request, SipResponse response) {
        return DialogFactory.asUac(request, response);
    }

    /**
     * Checks a request received within this dialog and updates the dialog (RFC 3261 §12.2.2): a CSeq lower than
     * the remote sequence number is out of order and answered 500; otherwise the remote sequence number moves
     * to it, a target refresh request with a Contact replaces the remote target, and BYE ends the dialog. ACK
     * carries the INVITE's CSeq and is not sequence-checked. CANCEL is not a dialog request: the transaction
     * layer matches it to the INVITE (RFC 3261 §9.2); given here it is only identity-checked.
     */
    public RequestCheck onRequest(SipRequest request) {
        if (state instanceof DialogState.Terminated t) {
            return new RequestCheck.Rejected(481, "Call/Transaction Does Not Exist", "dialog ended: " + t.reason());
        }
        try {
            RequestCheck mismatch = checkIdentity(request);
            if (mismatch != null || request.isMethod("ACK") || request.isMethod("CANCEL")) {
                return mismatch != null ? mismatch : new RequestCheck.Accepted();
            }
            long seq = request.cseq().seq();
            if (remoteSeq != EMPTY && seq < remoteSeq) {
                return new RequestCheck.Rejected(500, "Server Internal Error", "CSeq " + seq
                    + " is lower than the remote sequence number " + remoteSeq + " (out of order, RFC 3261 §12.2.2)");
            }
            remoteSeq = seq;
            if (TARGET_REFRESH_METHODS.contains(request.method())) {
                SipUri target = DialogFactory.firstContactUri(request);
                remoteTarget = target != null ? target : remoteTarget;
            }
            if (request.isMethod("BYE")) {
                apply(new ByeReceived());
            }
            return new RequestCheck.Accepted();
        } catch (SipParseException e) {
            return new RequestCheck.Rejected(400, "Bad Request", "unreadable header: " + e.getMessage());
        }
    }

    private RequestCheck checkIdentity(SipRequest request) {
        DialogId seen = new DialogId(Objects.requireNonNullElse(request.callId(), ""),
            DialogFactory.tagOrEmpty(request.to()), DialogFactory.tagOrEmpty(request.from()));
        return seen.equals(id) ? null : new RequestCheck.Rejected(481, "Call/Transaction Does Not Exist",
            "request of dialog " + seen + " given to dialog " + id);
    }

    /** A response received to a request we sent: the dialog-creating one or one within the dialog. */
    public void onResponse(SipResponse response) {
        try {
            String tag = DialogFactory.tagOrEmpty(response.to());
            if (!tag.equals(id.remoteTag())) {
                LOG.debug("dialog {}: response with To tag '{}' belongs to another dialog (a fork)", id, tag);
                return;
            }
            CSeq cseq = response.cseq();
            boolean isInitial = role == DialogRole.UAC && isInitial(cseq);
            int status = response.status();
            if (status < 200) {
                apply(new ProvisionalReceived(DialogFactory.firstContactUri(response)));
            } else if (status < 300) {
                apply(new SuccessReceived(isInitial, TARGET_REFRESH_METHODS.contains(cseq.method()),
                    DialogFactory.firstContactUri(response), DialogFactory.recordRoute(response)));
            } else {
                apply(new FailureReceived(status, isInitial));
            }
        } catch (SipParseException e) {
            LOG.info("dialog {}: unreadable response ignored: {}", id, e.getMessage());
        }
    }

    /** A final response we sent to a request of this dialog (or to the dialog-creating one, as UAS). */
    public void onResponseSent(SipResponse response) {
        if (response.isProvisional()) {
            return;
        }
        boolean isInitial = role == DialogRole.UAS && isInitial(response.cseq());
        apply(response.isSuccess() ? new SuccessSent(isInitial)
            : new FailureSent(response.status(), isInitial));
    }

    /** A client transaction of ours in this dialog timed out: treated as a 408 (RFC 3261 §12.2.1.2). */
    public void onTransactionTimeout(SipRequest request) {
        apply(new TransactionTimeout(role == DialogRole.UAC && isInitial(request.cseq())));
    }

    /** Our 2xx to the INVITE got no ACK (RFC 3261 §13.3.1.4): the dialog ends; the caller sends BYE first. */
    public void onAckTimeout() {
        apply(new AckTimeout());
    }

    /**
     * Starts a request within the dialog (RFC 3261 §12.2.1.1) with the next local CSeq; target refresh requests
     * get our Contact. The caller adds Via, body and any other headers. Creating a BYE ends the dialog at once
     * (§15.1.1). ACK for a 2xx is {@link #createAck}; CANCEL comes from the transaction layer (§9.1).
     *
     * @throws IllegalStateException    when the dialog has ended
     * @throws IllegalArgumentException for ACK and CANCEL
     */
    public SipRequest.Builder createRequest(String method) {
        if ("ACK".equals(method) || "CANCEL".equals(method)) {
            throw new IllegalArgumentException(method + " does not take a new CSeq: use createAck, or the "
                + "transaction layer's CANCEL (RFC 3261 §9.1)");
        }
        requireActive(method);
        long seq = localSeq == EMPTY ? INITIAL_LOCAL_SEQ : localSeq + 1;
        if (seq > MAX_SEQ) {
            throw new IllegalStateException("dialog " + id + " has used every CSeq below 2**31 (RFC 3261 §8.1.1.5)");
        }
        localSeq = seq;
        SipRequest.Builder b = InDialogRequests.build(this, method,
            seq, TARGET_REFRESH_METHODS.contains(method) ? localContact : null);
        if ("BYE".equals(method)) {
            apply(new ByeSent());
        }
        return b;
    }

    /** The ACK for a 2xx to the INVITE with CSeq number {@code inviteSeq} (RFC 3261 §13.2.2.4). */
    public SipRequest.Builder createAck(long inviteSeq) {
        requireActive("ACK");
        return InDialogRequests.build(this, "ACK", inviteSeq, null);
    }

    private void requireActive(String method) {
        if (state instanceof DialogState.Terminated t) {
            throw new IllegalStateException("cannot send " + method + " in dialog " + id + ": it ended ("
                + t.reason() + ")");
        }
    }

    private boolean isInitial(CSeq cseq) {
        return cseq.seq() == initial.seq() && cseq.method().equals(initial.method());
    }

    /** Runs the state machine; an illegal event is logged and changes nothing. */
    void apply(DialogEvent event) {
        DialogTransition t = DialogMachine.next(state, event);
        if (t.ignored() != null) {
            LOG.info("dialog {} in {}: ignored: {}", id, state, t.ignored());
            return;
        }
        if (!t.state().equals(state)) {
            LOG.debug("dialog {}: {} -> {}", id, state, t.state());
        }
        state = t.state();
        for (DialogEffect effect : t.effects()) {
            switch (effect) {
                case DialogEffect.RefreshTarget r -> remoteTarget = r.target();
                case DialogEffect.ReplaceRouteSet r -> routeSet = r.routes();
            }
        }
    }

    public DialogId id() {
        return id;
    }

    public DialogRole role() {
        return role;
    }

    public DialogState state() {
        return state;
    }

    public boolean isTerminated() {
        return state instanceof DialogState.Terminated;
    }

    /** The last CSeq number we used in the dialog; empty on the UAS side until it sends a request. */
    public OptionalLong localSequence() {
        return localSeq == EMPTY ? OptionalLong.empty() : OptionalLong.of(localSeq);
    }

    /** The highest CSeq number received in the dialog; empty on the UAC side until the peer sends a request. */
    public OptionalLong remoteSequence() {
        return remoteSeq == EMPTY ? OptionalLong.empty() : OptionalLong.of(remoteSeq);
    }

    /** Our address of record in the dialog (From of our requests), without tag. */
    public NameAddr localUri() {
        return localUri;
    }

    /** The peer's address of record (To of our requests), without tag. */
    public NameAddr remoteUri() {
        return remoteUri;
    }

    /** Where requests go: the peer's Contact, refreshed by target refresh requests and their 2xx. */
    public SipUri remoteTarget() {
        return remoteTarget;
    }

    /** The route set in sending order: our Route headers (RFC 3261 §12.1). */
    public List<NameAddr> routeSet() {
        return routeSet;
    }

    /** True when the dialog was made over TLS with a SIPS Request-URI (RFC 3261 §12.1.1). */
    public boolean secure() {
        return secure;
    }

    /** Our Contact, sent in target refresh requests; null when our creating message had none. */
    public NameAddr localContact() {
        return localContact;
    }

    @Override
    public String toString() {
        return "Dialog" + id + " " + state;
    }
}
