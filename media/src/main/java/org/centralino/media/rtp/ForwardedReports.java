package org.centralino.media.rtp;

/**
 * The last SRs relayed to one leg's phone (RFC 3550 §6.4.1): the middle 32 bits of each one's NTP timestamp and
 * when the PBX sent it on, in a small preallocated ring. When the phone's report block comes back with that value
 * as LSR, the time since we forwarded it minus the phone's DLSR is the round trip between the PBX and the phone.
 * Loop thread only; allocates nothing.
 */
final class ForwardedReports {
    /** SRs remembered: phones report on the latest SR they got, so a few suffice even if reports cross. */
    static final int CAPACITY = 8;
    /** Marks an empty slot: an LSR of 0 means "no SR received" (RFC 3550 §6.4.1), so it never matches. */
    private static final long EMPTY = 0;

    private final long[] middles = new long[CAPACITY];
    private final long[] forwardedMillis = new long[CAPACITY];
    private int next;

    void remember(long ntpMiddle, long nowMillis) {
        middles[next] = ntpMiddle;
        forwardedMillis[next] = nowMillis;
        next = (next + 1) % CAPACITY;
    }

    /** When the SR whose NTP middle bits are {@code lsr} was forwarded, or {@code Long.MIN_VALUE} if unknown. */
    long forwardedAt(long lsr) {
        if (lsr == EMPTY) {
            return Long.MIN_VALUE;
        }
        for (int i = 0; i < CAPACITY; i++) {
            if (middles[i] == lsr) {
                return forwardedMillis[i];
            }
        }
        return Long.MIN_VALUE;
    }
}
