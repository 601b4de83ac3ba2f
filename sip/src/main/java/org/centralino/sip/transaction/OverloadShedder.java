package org.centralino.sip.transaction;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.transport.Peer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the requests dropped under overload and says so in the log at most once a second, so that a flood
 * cannot also flood the log.
 */
final class OverloadShedder {
    private static final Logger LOG = LoggerFactory.getLogger(OverloadShedder.class);
    private static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);
    private final AtomicLong shedAtLastLog = new AtomicLong();

    void shed(SipRequest request, Peer source) {
        long total = shed.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastLog.compareAndSet(last, now)) {
            long since = total - shedAtLastLog.getAndSet(total);
            LOG.warn("overloaded: dropped {} new requests in the last second (latest {} from {}); {} in all",
                since, request.method(), source, total);
        }
    }

    long count() {
        return shed.get();
    }
}
