package org.centralino.sip.transaction;

import java.time.Duration;

/**
 * The base timer values of RFC 3261 §17.1.1.1 and Table 4: T1 (RTT estimate), T2 (maximum retransmit
 * interval for non-INVITE requests and INVITE responses) and T4 (how long a message may stay in the network).
 */
public record SipTimers(Duration t1, Duration t2, Duration t4) {
    public static final SipTimers RFC3261 = new SipTimers(Duration.ofMillis(500), Duration.ofSeconds(4),
        Duration.ofSeconds(5));

    /** 64*T1: timers B, F, H, J, L, M (RFC 3261 Table 4, RFC 6026 §8.4). */
    public Duration timeout() {
        return t1.multipliedBy(64);
    }

    /** Doubles a retransmit interval, capped at T2 (timers E and G; A is uncapped). */
    public Duration backoff(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(t2) > 0 ? t2 : doubled;
    }
}
