package org.centralino.sip.transport;

import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;

/** Receives every well-formed message, parsed, with Via received/rport already stamped on requests. */
public interface MessageListener {
    void onRequest(SipRequest request, Peer source);

    void onResponse(SipResponse response, Peer source);
}
