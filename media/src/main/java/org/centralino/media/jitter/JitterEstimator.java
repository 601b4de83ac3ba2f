package org.centralino.media.jitter;

/**
 * Interarrival jitter as RFC 3550 §6.4.1 defines it and A.8 computes it: the mean deviation of the difference
 * in transit time between consecutive packets, smoothed with gain 1/16. Kept in RTP timestamp units.
 */
final class JitterEstimator {
    /** A transit change above this many seconds is a re-sync (timestamp jump), not jitter. */
    private static final int MAX_STEP_SECONDS = 2;

    private final int clockRate;
    private double jitter;
    private long lastTransit;
    private boolean primed;

    JitterEstimator(int clockRate) {
        this.clockRate = clockRate;
    }

    void update(long arrivalMillis, long timestamp) {
        long transit = arrivalMillis * clockRate / 1000 - timestamp;
        if (primed) {
            long d = Math.abs(transit - lastTransit);
            if (d < (long) clockRate * MAX_STEP_SECONDS) {
                jitter += (d - jitter) / 16;
            }
        }
        lastTransit = transit;
        primed = true;
    }

    /** Forgets the previous packet (after a re-sync), keeping the estimate. */
    void restart() {
        primed = false;
    }

    double millis() {
        return jitter * 1000 / clockRate;
    }
}
