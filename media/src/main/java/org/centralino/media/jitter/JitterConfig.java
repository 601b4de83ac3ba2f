package org.centralino.media.jitter;

/**
 * Limits of a {@link JitterBuffer}.
 *
 * @param minDelayMillis  the least playout delay ({@value #DEFAULT_MIN_DELAY_MILLIS} ms: one 20 ms packet, below
 *                        which every late packet would be lost)
 * @param maxDelayMillis  the most ({@value #DEFAULT_MAX_DELAY_MILLIS} ms: with the network's own delay this
 *                        stays within ITU-T G.114's 400 ms mouth-to-ear bound for acceptable conversation)
 * @param slots           packets held, a power of two ({@value #DEFAULT_SLOTS}: 640 ms of 20 ms packets, 320 ms
 *                        of 10 ms ones, above the largest delay)
 * @param maxPayloadBytes the largest payload kept ({@value #DEFAULT_MAX_PAYLOAD_BYTES}: an Ethernet MTU; larger
 *                        payloads cannot come in one UDP datagram without fragmentation)
 */
public record JitterConfig(int minDelayMillis, int maxDelayMillis, int slots, int maxPayloadBytes) {
    public static final int DEFAULT_MIN_DELAY_MILLIS = 20;
    public static final int DEFAULT_MAX_DELAY_MILLIS = 200;
    public static final int DEFAULT_SLOTS = 32;
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 1500;
    public static final JitterConfig DEFAULTS = new JitterConfig(DEFAULT_MIN_DELAY_MILLIS, DEFAULT_MAX_DELAY_MILLIS,
        DEFAULT_SLOTS, DEFAULT_MAX_PAYLOAD_BYTES);

    public JitterConfig {
        if (minDelayMillis <= 0 || maxDelayMillis < minDelayMillis) {
            throw new IllegalArgumentException("jitter delay bounds " + minDelayMillis + "-" + maxDelayMillis
                + " ms: need 0 < min <= max");
        }
        if (slots < 4 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("jitter slots " + slots + ": need a power of two, at least 4");
        }
        if (maxPayloadBytes <= 0) {
            throw new IllegalArgumentException("jitter max payload " + maxPayloadBytes + " bytes must be positive");
        }
    }
}
