package org.centralino.sip.transaction;

import org.centralino.sip.message.SipResponse;

/** The transaction user's side of a client transaction. Called on the transaction's lane. */
public interface ClientTransactionListener {
    void onResponse(SipResponse response);

    /** Timer B or F fired: no final response came (the TU acts as if it got a 408, RFC 3261 §8.1.3.1). */
    void onTimeout();

    /** The request could not be sent (the TU acts as if it got a 503, RFC 3261 §8.1.3.1). */
    void onTransportError();
}
