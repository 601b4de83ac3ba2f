package org.centralino.sip.transaction;

import java.time.Duration;
import java.util.List;
import org.centralino.sip.message.Headers;
import org.centralino.sip.message.SipResponse;

final class MachineTestSupport {
    static final TxContext UDP = new TxContext(SipTimers.RFC3261, false);
    static final TxContext TCP = new TxContext(SipTimers.RFC3261, true);

    private MachineTestSupport() {
    }

    static SipResponse response(int status) {
        return new SipResponse(status, "R" + status, Headers.empty(), null);
    }

    static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    static List<TxAction> actions(Transition<?> t) {
        return t.actions();
    }
}
