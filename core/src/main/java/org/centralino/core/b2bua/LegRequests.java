package org.centralino.core.b2bua;

import java.util.function.Consumer;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.ClientTransaction;
import org.centralino.sip.transaction.ClientTransactionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Requests we send within a leg's dialog (RFC 3261 §12.2.1.1), and how their outcome comes back. */
final class LegRequests {
    private static final Logger LOG = LoggerFactory.getLogger(LegRequests.class);

    /** For requests whose answer changes nothing (CANCEL: the INVITE's final response tells). */
    static final ClientTransactionListener IGNORE = listener(r -> { }, () -> { });

    private LegRequests() {
    }

    /** The outcome of a request: its final response, or none (timeout, transport error: treated as 408/503). */
    static ClientTransactionListener listener(Consumer<SipResponse> onFinal, Runnable onNoAnswer) {
        return new ClientTransactionListener() {
            @Override
            public void onResponse(SipResponse response) {
                if (response.isFinal()) {
                    onFinal.accept(response);
                }
            }

            @Override
            public void onTimeout() {
                onNoAnswer.run();
            }

            @Override
            public void onTransportError() {
                onNoAnswer.run();
            }
        };
    }

    /** Starts {@code method} in the leg's dialog and sends it; false when the leg has no usable dialog. */
    static boolean send(SipLeg leg, String method, SipLink sip, ClientTransactionListener listener) {
        return send(leg, method, sip, listener, null, null) != null;
    }

    /** As {@link #send(SipLeg, String, SipLink, ClientTransactionListener)}; the transaction, or null. */
    static ClientTransaction send(SipLeg leg, String method, SipLink sip, ClientTransactionListener listener,
                                  String contentType, byte[] body) {
        if (leg.dialog() == null || leg.dialog().isTerminated()) {
            LOG.debug("leg {}: no dialog for {}", leg.id(), method);
            return null;
        }
        SipRequest.Builder b = leg.dialog().createRequest(method);
        if ("INVITE".equals(method) || "UPDATE".equals(method)) {
            b.headers().set(org.centralino.sip.message.HeaderNames.CONTACT, SipMessages.contact(sip, leg.peer()));
            b.header(org.centralino.sip.message.HeaderNames.ALLOW, B2bua.ALLOW);
        }
        if (body != null) {
            b.body(contentType, body);
        }
        return sip.transactions().sendRequest(SipMessages.withVia(b, sip, leg.peer()), leg.peer(), listener);
    }
}
