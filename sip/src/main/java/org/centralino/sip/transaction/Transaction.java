package org.centralino.sip.transaction;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.transport.Peer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What client and server transactions share at run time: executing the actions their state machine asks
 * for (send, start timers, terminate). All methods run on the transaction's lane.
 */
public abstract sealed class Transaction permits ServerTransaction, ClientTransaction {
    private static final Logger LOG = LoggerFactory.getLogger(Transaction.class);

    final TransactionLayer layer;
    final String key;
    final String callId;
    final Peer peer;
    private Map<TimerId, TimerService.Timeout> timers;
    private boolean terminated;

    Transaction(TransactionLayer layer, String key, String callId, Peer peer) {
        this.layer = layer;
        this.key = key;
        this.callId = callId;
        this.peer = peer;
    }

    /** The far end: where requests go (client) or where the request came from (server). */
    public Peer peer() {
        return peer;
    }

    public boolean isTerminated() {
        return terminated;
    }

    TxContext context() {
        return new TxContext(layer.timers(), peer.protocol().reliable());
    }

    void execute(Transition<?> t) {
        if (t.ignored() != null) {
            LOG.debug("transaction {}: ignored {}", key, t.ignored());
        }
        boolean sendFailed = false;
        List<TxAction> actions = t.actions();
        for (int i = 0, n = actions.size(); i < n; i++) {
            switch (actions.get(i)) {
                case TxAction.Send s -> sendFailed |= !send(s.message());
                case TxAction.PassUp p -> passUp(p.message());
                case TxAction.StartTimer s -> startTimer(s);
                case TxAction.NotifyTimeout n2 -> onTimeout();
                case TxAction.NotifyTransportError n2 -> onTransportError();
                case TxAction.Terminate x -> terminate();
            }
        }
        // The failure is a new event for the machine: fed only once this transition's actions are done, so
        // the state machine is never re-entered mid-transition, whatever the lanes implementation does.
        if (sendFailed && !terminated) {
            transportError();
        }
    }

    /** False when the transport refused the message (RFC 3261 §17.1.4, §17.2.4: a transport error). */
    private boolean send(SipMessage message) {
        try {
            layer.transportSend(message, this);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("transaction {}: sending to {} failed: {}", key, peer, e.toString());
            return false;
        }
    }

    private void startTimer(TxAction.StartTimer s) {
        if (terminated) {
            return;
        }
        if (timers == null) {
            timers = new EnumMap<>(TimerId.class);
        }
        TimerId id = s.timer();
        TimerService.Timeout old = timers.put(id, layer.timerService().schedule(s.after(),
            () -> layer.lanes().execute(callId, () -> {
                if (!terminated) {
                    timerFired(id);
                }
            })));
        if (old != null) {
            old.cancel();
        }
    }

    void terminate() {
        if (terminated) {
            return;
        }
        terminated = true;
        if (timers != null) {
            timers.values().forEach(TimerService.Timeout::cancel);
            timers = null;
        }
        layer.remove(this);
    }

    abstract void passUp(SipMessage message);

    abstract void timerFired(TimerId timer);

    abstract void transportError();

    abstract void onTimeout();

    abstract void onTransportError();
}
