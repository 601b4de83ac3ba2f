package org.centralino.media.rtp;

import java.nio.ByteBuffer;

/**
 * Reads the fixed RTP header (RFC 3550 §5.1) of the packet in a buffer, in place: where the payload starts
 * and ends once CSRCs, a header extension (§5.3.1) and padding are skipped. Loop thread only; one reader per
 * termination, reused for every packet (nothing is allocated).
 */
final class RtpHeader {
    static final int FIXED = 12;

    int payloadType;
    boolean marker;
    int sequence;
    long timestamp;
    int ssrc;
    int payloadOffset;
    int payloadLength;

    /** Reads the packet between the buffer's position and limit; false if it is not a well-formed RTP packet. */
    boolean read(ByteBuffer p) {
        int start = p.position();
        int length = p.remaining();
        if (length < FIXED) {
            return false;
        }
        int b0 = p.get(start) & 0xff;
        int b1 = p.get(start + 1) & 0xff;
        if (b0 >> 6 != 2) {
            return false;
        }
        marker = (b1 & 0x80) != 0;
        payloadType = b1 & 0x7f;
        sequence = p.getShort(start + 2) & 0xffff;
        timestamp = p.getInt(start + 4) & 0xffffffffL;
        ssrc = p.getInt(start + 8);
        int offset = FIXED + 4 * (b0 & 0x0f);
        if ((b0 & 0x10) != 0) { // header extension: 4 bytes of profile and length, then length words
            if (offset + 4 > length) {
                return false;
            }
            offset += 4 + 4 * (p.getShort(start + offset + 2) & 0xffff);
        }
        int padding = (b0 & 0x20) != 0 ? p.get(start + length - 1) & 0xff : 0;
        if ((b0 & 0x20) != 0 && padding == 0) {
            return false; // the count includes its own octet (§5.1): zero is no padding a sender could write
        }
        payloadOffset = start + offset;
        payloadLength = length - offset - padding;
        return payloadLength >= 0;
    }

    /** Writes a fixed header (no CSRC, no extension) at the buffer's start. */
    static void write(ByteBuffer out, boolean marker, int payloadType, int sequence, long timestamp, int ssrc) {
        out.put(0, (byte) 0x80);
        out.put(1, (byte) ((marker ? 0x80 : 0) | payloadType));
        out.putShort(2, (short) sequence);
        out.putInt(4, (int) timestamp);
        out.putInt(8, ssrc);
    }
}
