package org.centralino.sip.transaction;

import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transport.Peer;

/** The layer above transactions (a UAS core, the registrar, the B2BUA). Every call runs on the Call-ID's lane. */
public interface TransactionUser {
    /** A new request (not ACK, not CANCEL) with its server transaction; answer through it. */
    void onRequest(ServerTransaction transaction);

    /** An ACK that matched no transaction: the ACK for a 2xx, which belongs to the dialog (§13.3.1.4, §17.1.1.3). */
    default void onAck(SipRequest ack, Peer source) {
    }

    /**
     * A CANCEL matched a pending INVITE (RFC 3261 §9.2). The layer has answered the CANCEL 200; the TU should
     * stop ringing and answer the INVITE 487 Request Terminated.
     */
    default void onCancel(ServerTransaction invite, SipRequest cancel) {
    }

    /** A response that matched no client transaction, e.g. a 2xx retransmission after timer M (RFC 6026). */
    default void onStrayResponse(SipResponse response, Peer source) {
    }

    /** A server transaction gave up: timer H fired with no ACK, or the transport failed. */
    default void onServerTimeout(ServerTransaction transaction) {
    }
}
