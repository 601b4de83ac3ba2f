package org.centralino.sip.transaction;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.util.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts the messages dropped under overload and says so in the log at most once a second. */
final class OverloadShedder {
    private static final Logger LOG = LoggerFactory.getLogger(OverloadShedder.class);

    private final AtomicLong shed = new AtomicLong();
    private final LogThrottle throttle = new LogThrottle(1, TimeUnit.SECONDS);

    void shed(SipMessage message, Peer source, String why) {
        long total = shed.incrementAndGet();
        long held = throttle.admit();
        if (held >= 0) {
            LOG.warn("overloaded ({}): dropped {} messages since the last report (latest {} from {}); {} in all", why,
                held + 1, message, source, total);
        }
    }

    long count() {
        return shed.get();
    }
}
