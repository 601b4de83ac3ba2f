package org.centralino.media.dtmf;

/**
 * One RFC 4733 §2.3 telephone-event block, 4 bytes in network order:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * |     event     |E|R| volume    |          duration             |
 * </pre>
 * A payload holds one block, or several for several consecutive events (§2.5.1.5). The static accessors read a
 * block without allocating (the receive path); {@link #write} writes one without allocating (the send path).
 *
 * @param event    the event code (§3.2: 0-15 the DTMF keys, 16 flash)
 * @param end      the E bit: this is the event's final duration
 * @param volume   the power level in -dBm0, 0-63 (§2.3.4); 0 for events without a volume
 * @param duration the length so far in RTP timestamp units, 0-65535 (§2.3.5)
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {
    /** Bytes per event block. */
    public static final int SIZE = 4;
    /** The largest duration the 16-bit field holds; longer events are split into segments (§2.5.1.3). */
    public static final int MAX_DURATION = 0xFFFF;
    /** The largest volume the 6-bit field holds (-63 dBm0). */
    public static final int MAX_VOLUME = 63;

    public TelephoneEvent {
        if (event < 0 || event > 255) {
            throw new IllegalArgumentException("telephone-event code " + event + " outside 0-255");
        }
        if (volume < 0 || volume > MAX_VOLUME) {
            throw new IllegalArgumentException("telephone-event volume " + volume + " outside 0-63 (RFC 4733 §2.3.4)");
        }
        if (duration < 0 || duration > MAX_DURATION) {
            throw new IllegalArgumentException("telephone-event duration " + duration + " outside 0-65535");
        }
    }

    /**
     * Why {@code length} bytes at {@code offset} are not a telephone-event payload, or null when they are: the
     * length must be a positive multiple of {@value #SIZE} (§2.3). The R bit is ignored, as §2.3.3 asks of
     * receivers.
     */
    public static String problem(byte[] payload, int offset, int length) {
        if (length < SIZE) {
            return "telephone-event payload of " + length + " bytes, shorter than one 4-byte event (RFC 4733 §2.3)";
        }
        if (length % SIZE != 0) {
            return "telephone-event payload of " + length + " bytes, not a multiple of 4 (RFC 4733 §2.3)";
        }
        if (offset < 0 || offset + length > payload.length) {
            return "telephone-event payload at " + offset + "+" + length + " outside a buffer of " + payload.length;
        }
        return null;
    }

    /**
     * Parses the one block of a payload.
     *
     * @throws IllegalArgumentException with {@link #problem}'s reason when it is malformed or holds several
     */
    public static TelephoneEvent parse(byte[] payload, int offset, int length) {
        String problem = problem(payload, offset, length);
        if (problem == null && length != SIZE) {
            problem = "telephone-event payload holds " + length / SIZE + " events; read them with the accessors";
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new TelephoneEvent(event(payload, offset), end(payload, offset), volume(payload, offset),
            duration(payload, offset));
    }

    /** The event code of the block at {@code at}. */
    public static int event(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    /** The E bit of the block at {@code at}. */
    public static boolean end(byte[] b, int at) {
        return (b[at + 1] & 0x80) != 0;
    }

    /** The volume of the block at {@code at}. */
    public static int volume(byte[] b, int at) {
        return b[at + 1] & 0x3F;
    }

    /** The duration of the block at {@code at}. */
    public static int duration(byte[] b, int at) {
        return (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    /** Writes this block at {@code at}; returns {@value #SIZE}. */
    public int write(byte[] out, int at) {
        return write(out, at, event, end, volume, duration);
    }

    /** Writes a block from its fields without making a record (the per-packet send path); returns {@value #SIZE}. */
    public static int write(byte[] out, int at, int event, boolean end, int volume, int duration) {
        out[at] = (byte) event;
        out[at + 1] = (byte) ((end ? 0x80 : 0) | volume & 0x3F);
        out[at + 2] = (byte) (duration >>> 8);
        out[at + 3] = (byte) duration;
        return SIZE;
    }
}
