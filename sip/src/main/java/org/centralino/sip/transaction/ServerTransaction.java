package org.centralino.sip.transaction;

import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.transport.TransportLayer;

/**
 * A server transaction (RFC 3261 §17.2) as the transaction user sees it: the request, where it came from,
 * and {@link #respond}. INVITE and non-INVITE requests run their own state machines.
 */
public final class ServerTransaction extends Transaction {
    private SipRequest request;
    private final boolean invite;
    private final Peer responseDestination;
    private final Peer reconnectDestination;
    private InviteServerMachine.State inviteState;
    private NonInviteServerMachine.State state;

    ServerTransaction(TransactionLayer layer, String key, SipRequest request, Peer source) {
        super(layer, key, request.callId(), source);
        this.request = request;
        this.invite = request.isMethod("INVITE");
        this.responseDestination = TransportLayer.responseDestination(request.topVia(), source);
        this.reconnectDestination = source.protocol().reliable()
            ? TransportLayer.reconnectDestination(request.topVia(), source) : responseDestination;
        if (invite) {
            inviteState = new InviteServerMachine.Proceeding(null);
        } else {
            state = new NonInviteServerMachine.Trying();
        }
    }

    /**
     * The request. For non-INVITE transactions it is released once the final response is sent (the
     * transaction then only absorbs retransmissions for timer J), and this returns null.
     */
    public SipRequest request() {
        return request;
    }

    /**
     * Sends a response through the transaction, which retransmits and absorbs as RFC 3261 §17.2 says. May be
     * called from any thread; the work happens on the transaction's lane.
     */
    public void respond(SipResponse response) {
        if (layer.lanes().inLane(callId)) {
            onTuResponse(response);
        } else {
            layer.lanes().execute(callId, () -> onTuResponse(response));
        }
    }

    /**
     * Answers without keeping transaction state (RFC 3261 §8.2.7): a retransmitted request is simply answered
     * again. For answers that are cheap to repeat and must not cost memory when flooded: challenges, refusals,
     * OPTIONS. Only final responses to non-INVITE requests.
     */
    public void respondStatelessly(SipResponse response) {
        if (invite || !response.isFinal()) {
            throw new IllegalArgumentException("stateless answers are final responses to non-INVITE requests");
        }
        Runnable r = () -> {
            layer.sendStateless(response, peer);
            Transition<NonInviteServerMachine.State> t = Transition.to(new NonInviteServerMachine.Terminated(),
                new TxAction.Terminate());
            state = t.state();
            execute(t);
        };
        if (layer.lanes().inLane(callId)) {
            r.run();
        } else {
            layer.lanes().execute(callId, r);
        }
    }

    private void onTuResponse(SipResponse response) {
        if (invite) {
            fire(new InviteServerMachine.TuResponse(response));
        } else {
            fire(new NonInviteServerMachine.TuResponse(response));
        }
    }

    void onRetransmit() {
        if (invite) {
            fire(new InviteServerMachine.RequestRetransmit());
        } else {
            fire(new NonInviteServerMachine.RequestRetransmit());
        }
    }

    void onAck(SipRequest ack) {
        if (invite) {
            fire(new InviteServerMachine.Ack(ack));
        }
    }

    /** Where this transaction's responses go (RFC 3261 §18.2.2, RFC 3581 §4). */
    Peer responseDestination() {
        return responseDestination;
    }

    /** Where responses go when the connection the request came on is gone (§18.2.2). */
    Peer reconnectDestination() {
        return reconnectDestination;
    }

    /** True while a final response may still be sent (for CANCEL handling, §9.2). */
    public boolean awaitingFinal() {
        return invite ? inviteState instanceof InviteServerMachine.Proceeding
            : state instanceof NonInviteServerMachine.Trying || state instanceof NonInviteServerMachine.Proceeding;
    }

    private void fire(InviteServerMachine.Event e) {
        Transition<InviteServerMachine.State> t = InviteServerMachine.next(inviteState, e, context());
        inviteState = t.state();
        execute(t);
    }

    private void fire(NonInviteServerMachine.Event e) {
        Transition<NonInviteServerMachine.State> t = NonInviteServerMachine.next(state, e, context());
        state = t.state();
        if (!(state instanceof NonInviteServerMachine.Trying || state instanceof NonInviteServerMachine.Proceeding)) {
            request = null;
        }
        execute(t);
    }

    @Override
    void passUp(SipMessage message) {
        if (message instanceof SipRequest ack) {
            layer.user().onAck(ack, peer);
        }
    }

    @Override
    void timerFired(TimerId timer) {
        if (invite) {
            fire(new InviteServerMachine.TimerFired(timer));
        } else {
            fire(new NonInviteServerMachine.TimerFired(timer));
        }
    }

    @Override
    void transportError() {
        if (invite) {
            fire(new InviteServerMachine.TransportError());
        } else {
            fire(new NonInviteServerMachine.TransportError());
        }
    }

    @Override
    void onTimeout() {
        layer.user().onServerTimeout(this);
    }

    @Override
    void onTransportError() {
        layer.user().onServerTimeout(this);
    }

    /** The current state's name, for diagnostics and tests. */
    public String stateName() {
        return (invite ? inviteState : state).getClass().getSimpleName();
    }
}
