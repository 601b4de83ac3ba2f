package org.centralino.media.jitter;

/**
 * Extends RTP's wrapping counters (16-bit sequence numbers, 32-bit timestamps) to 64 bits, as RFC 3550 A.1
 * does with its cycle count: the value is taken in the cycle that puts it nearest to a reference already
 * extended, so a wrap from 65535 to 0 (or 2^32-1 to 0) simply continues counting.
 */
final class RtpSerial {
    private RtpSerial() {
    }

    /** {@code value} (the low {@code bits} bits) extended to the 64-bit number nearest {@code reference}. */
    static long unwrap(long reference, long value, int bits) {
        long modulus = 1L << bits;
        long half = modulus >> 1;
        long candidate = (reference & -modulus) | (value & (modulus - 1));
        if (candidate - reference > half) {
            candidate -= modulus;
        } else if (reference - candidate >= half) {
            candidate += modulus;
        }
        return candidate;
    }
}
