package org.centralino.sip.transaction;

import java.util.ArrayList;
import java.util.List;
import org.centralino.sip.message.SipResponse;

/** Records what a client transaction reports. */
final class RecordingListener implements ClientTransactionListener {
    final List<SipResponse> responses = new ArrayList<>();
    int timeouts;
    int transportErrors;

    @Override
    public void onResponse(SipResponse response) {
        responses.add(response);
    }

    @Override
    public void onTimeout() {
        timeouts++;
    }

    @Override
    public void onTransportError() {
        transportErrors++;
    }

    List<Integer> statuses() {
        return responses.stream().map(SipResponse::status).toList();
    }
}
