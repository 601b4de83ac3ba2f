package org.centralino.sip.transaction;

import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transport.Peer;

/** A client transaction (RFC 3261 §17.1): sends a request, retransmits it, and reports responses. */
public final class ClientTransaction extends Transaction {
    private final SipRequest request;
    private final boolean invite;
    private final ClientTransactionListener listener;
    private InviteClientMachine.State inviteState;
    private NonInviteClientMachine.State state;

    ClientTransaction(TransactionLayer layer, String key, SipRequest request, Peer destination,
                      ClientTransactionListener listener) {
        super(layer, key, request.callId(), destination);
        this.request = request;
        this.listener = listener;
        this.invite = request.isMethod("INVITE");
        if (invite) {
            inviteState = new InviteClientMachine.Initial(request);
        } else {
            state = new NonInviteClientMachine.Initial(request);
        }
    }

    public SipRequest request() {
        return request;
    }

    /**
     * Ends the transaction without a word to the listener: for an INVITE whose CANCEL got no final response
     * within 64*T1, which RFC 3261 §9.1 says to consider terminated (timer B no longer runs once a 1xx came).
     */
    public void abandon() {
        if (layer.lanes().inLane(callId)) {
            terminate();
        } else {
            layer.lanes().execute(callId, this::terminate);
        }
    }

    void start() {
        if (invite) {
            fire(new InviteClientMachine.Start());
        } else {
            fire(new NonInviteClientMachine.Start());
        }
    }

    void onResponse(SipResponse response) {
        if (invite) {
            fire(new InviteClientMachine.ResponseReceived(response));
        } else {
            fire(new NonInviteClientMachine.ResponseReceived(response));
        }
    }

    private void fire(InviteClientMachine.Event e) {
        Transition<InviteClientMachine.State> t = InviteClientMachine.next(inviteState, e, context());
        inviteState = t.state();
        execute(t);
    }

    private void fire(NonInviteClientMachine.Event e) {
        Transition<NonInviteClientMachine.State> t = NonInviteClientMachine.next(state, e, context());
        state = t.state();
        execute(t);
    }

    @Override
    void passUp(SipMessage message) {
        if (message instanceof SipResponse r) {
            listener.onResponse(r);
        }
    }

    @Override
    void timerFired(TimerId timer) {
        if (invite) {
            fire(new InviteClientMachine.TimerFired(timer));
        } else {
            fire(new NonInviteClientMachine.TimerFired(timer));
        }
    }

    @Override
    void transportError() {
        if (invite) {
            fire(new InviteClientMachine.TransportError());
        } else {
            fire(new NonInviteClientMachine.TransportError());
        }
    }

    @Override
    void onTimeout() {
        listener.onTimeout();
    }

    @Override
    void onTransportError() {
        listener.onTransportError();
    }

    public String stateName() {
        return (invite ? inviteState : state).getClass().getSimpleName();
    }
}
