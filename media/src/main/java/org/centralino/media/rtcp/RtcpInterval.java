package org.centralino.media.rtcp;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The time between two RTCP reports of a participant (RFC 3550 §6.2, §6.3.1, algorithm of Appendix A.7): the
 * session's RTCP bandwidth (5 % of the session bandwidth) shared among the members, senders getting a quarter
 * of it when they are few, never less than {@link #MIN_INTERVAL} (half of it before the first report), then
 * multiplied by a random factor in [0.5, 1.5) so that participants do not synchronise, and divided by
 * {@link #COMPENSATION} for the timer-reconsideration bias. The randomness is injected so tests are exact.
 */
public final class RtcpInterval {
    /** The minimum deterministic interval (RFC 3550 §6.2: 5 seconds). */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    /** The share of the session bandwidth given to RTCP (RFC 3550 §6.2). */
    public static final double RTCP_BANDWIDTH_FRACTION = 0.05;
    /** The share of the RTCP bandwidth kept for senders when they are at most this share of members (§6.2). */
    public static final double SENDER_FRACTION = 0.25;
    /** e - 3/2: divides the randomised interval to compensate for timer reconsideration (RFC 3550 §6.3.1). */
    public static final double COMPENSATION = Math.E - 1.5;

    private final DoubleSupplier uniform;

    /** @param uniform random numbers uniformly distributed in [0, 1), e.g. {@code random::nextDouble} */
    public RtcpInterval(DoubleSupplier uniform) {
        this.uniform = uniform;
    }

    /** The RTCP bandwidth in bytes per second for a session bandwidth in bits per second (5 %, §6.2). */
    public static double rtcpBandwidth(double sessionBitsPerSecond) {
        return sessionBitsPerSecond * RTCP_BANDWIDTH_FRACTION / 8.0;
    }

    /** The running average RTCP packet size after one more packet (RFC 3550 §6.3.3: weight 1/16). */
    public static double averageSize(double average, int packetBytes) {
        return packetBytes / 16.0 + average * 15.0 / 16.0;
    }

    /**
     * The deterministic interval Td in seconds, before randomisation (RFC 3550 §6.3.1).
     *
     * @param members participants in the session, this one included
     * @param senders members that sent RTP since the last report
     * @param rtcpBytesPerSecond the session's RTCP bandwidth, see {@link #rtcpBandwidth}
     * @param weSent whether this participant sent RTP since its last report
     * @param averageRtcpBytes the average compound RTCP packet size, UDP and IP headers included
     * @param initial whether no report has been sent yet (the minimum is halved)
     */
    public static double deterministicSeconds(int members, int senders, double rtcpBytesPerSecond, boolean weSent,
                                              double averageRtcpBytes, boolean initial) {
        double minimum = MIN_INTERVAL.toMillis() / 1000.0 / (initial ? 2 : 1);
        double bandwidth = rtcpBytesPerSecond;
        int n = members;
        if (senders <= members * SENDER_FRACTION) {
            if (weSent) {
                bandwidth *= SENDER_FRACTION;
                n = senders;
            } else {
                bandwidth *= 1 - SENDER_FRACTION;
                n = members - senders;
            }
        }
        double t = bandwidth <= 0 ? minimum : averageRtcpBytes * n / bandwidth;
        return Math.max(t, minimum);
    }

    /** The calculated interval T: Td times a random factor in [0.5, 1.5), divided by {@link #COMPENSATION}. */
    public Duration next(int members, int senders, double rtcpBytesPerSecond, boolean weSent,
                         double averageRtcpBytes, boolean initial) {
        double td = deterministicSeconds(members, senders, rtcpBytesPerSecond, weSent, averageRtcpBytes, initial);
        double factor = uniform.getAsDouble() + 0.5;
        return Duration.ofNanos(Math.round(td * factor / COMPENSATION * 1e9));
    }
}
