package org.centralino.sip.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transport.Peer;

/** A transaction user that only records what the layer hands it; tests answer through the transactions. */
final class RecordingUser implements TransactionUser {
    record Cancel(ServerTransaction invite, SipRequest cancel) {
    }

    record Ack(SipRequest ack, Peer source) {
    }

    record Stray(SipResponse response, Peer source) {
    }

    final List<ServerTransaction> requests = new ArrayList<>();
    final List<Ack> acks = new ArrayList<>();
    final List<Cancel> cancels = new ArrayList<>();
    final List<Stray> strays = new ArrayList<>();
    final List<ServerTransaction> timeouts = new ArrayList<>();
    /** What the user does with a new request after recording it; nothing by default. */
    Consumer<ServerTransaction> behaviour = tx -> { };

    @Override
    public void onRequest(ServerTransaction transaction) {
        requests.add(transaction);
        behaviour.accept(transaction);
    }

    @Override
    public void onAck(SipRequest ack, Peer source) {
        acks.add(new Ack(ack, source));
    }

    @Override
    public void onCancel(ServerTransaction invite, SipRequest cancel) {
        cancels.add(new Cancel(invite, cancel));
    }

    @Override
    public void onStrayResponse(SipResponse response, Peer source) {
        strays.add(new Stray(response, source));
    }

    @Override
    public void onServerTimeout(ServerTransaction transaction) {
        timeouts.add(transaction);
    }

    ServerTransaction lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request reached the transaction user");
        }
        return requests.getLast();
    }

    /** True when the layer handed the user nothing at all. */
    boolean heardNothing() {
        return requests.isEmpty() && acks.isEmpty() && cancels.isEmpty() && strays.isEmpty() && timeouts.isEmpty();
    }
}
