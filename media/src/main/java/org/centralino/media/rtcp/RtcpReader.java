package org.centralino.media.rtcp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A reusable cursor over one compound RTCP packet (RFC 3550 §6.1) in a buffer: {@link #reset} checks the
 * compound with the validity checks of RFC 3550 Appendix A.2, then {@link #next()} steps through its packets and
 * the accessors read the current one in place. Nothing is copied and, apart from {@link #cname()}, nothing is
 * allocated, so the relay can read every RTCP packet that passes through it. Reads absolute positions only:
 * the buffer's position and limit are never changed; the buffer must be big-endian (network order, the
 * default). Not thread-safe; one instance per thread.
 */
public final class RtcpReader {
    /** Common header (4 bytes) plus the sender's SSRC: the smallest SR or RR. */
    static final int HEADER_AND_SSRC_BYTES = 8;
    /** The sender-info section of an SR (RFC 3550 §6.4.1): NTP (8), RTP timestamp, packet and octet counts. */
    static final int SENDER_INFO_BYTES = 20;
    /** One reception report block (RFC 3550 §6.4.1). */
    static final int REPORT_BLOCK_BYTES = 24;
    private static final int VERSION_2 = 2;

    private ByteBuffer buffer;
    private int end;
    private int current = -1;
    private int currentLength;
    private int nextStart;

    /**
     * Points the cursor at the compound packet between {@code packet}'s position and limit, before its first
     * packet. Returns false, and reads nothing, when the compound fails RFC 3550 A.2: a packet not of version 2,
     * a first packet that is not an SR or RR or that is padded, padding before the last packet, a length that
     * runs past the datagram or does not end exactly at its end, or an SR/RR shorter than its fixed part.
     */
    public boolean reset(ByteBuffer packet) {
        buffer = packet;
        current = -1;
        int start = packet.position();
        end = packet.limit();
        nextStart = end;
        if (end - start < HEADER_AND_SSRC_BYTES || !validFirst(packet, start)) {
            return false;
        }
        int at = start;
        while (at < end) {
            if (end - at < 4 || version(at) != VERSION_2) {
                return false;
            }
            int length = lengthAt(at);
            if (at + length > end || padded(at) && at + length != end || !bigEnough(at, length)) {
                return false;
            }
            at += length;
        }
        nextStart = start;
        return true;
    }

    /** Moves to the next packet of the compound; false when there is none (or {@link #reset} failed). */
    public boolean next() {
        if (buffer == null || nextStart >= end) {
            return false;
        }
        current = nextStart;
        currentLength = lengthAt(current);
        nextStart = current + currentLength;
        return true;
    }

    /** The current packet's type (RFC 3550 §12.1), see {@link RtcpPacketType}. */
    public int packetType() {
        return u8(current + 1);
    }


    /** The 5-bit count field: report blocks (SR, RR), chunks (SDES), sources (BYE). */
    public int count() {
        return u8(current) & 0x1F;
    }

    /** The SSRC of the sender of the current SR or RR (the first word after the header). */
    public long senderSsrc() {
        return u32(current + 4);
    }

    /** SR only: the 64-bit NTP timestamp of the report (RFC 3550 §6.4.1). */
    public long ntpTimestamp() {
        return buffer.getLong(current + 8);
    }

    /** SR only: the RTP timestamp corresponding to {@link #ntpTimestamp()}. */
    public long rtpTimestamp() {
        return u32(current + 16);
    }

    /** SR only: RTP data packets the sender has sent since it started. */
    public long senderPacketCount() {
        return u32(current + 20);
    }

    /** SR only: payload octets the sender has sent since it started. */
    public long senderOctetCount() {
        return u32(current + 24);
    }

    /** Report blocks of the current SR or RR: its count, limited to the blocks its length really holds. */
    public int reportBlockCount() {
        int type = packetType();
        if (type != RtcpPacketType.SR && type != RtcpPacketType.RR) {
            return 0;
        }
        int room = (currentLength - firstBlockOffset()) / REPORT_BLOCK_BYTES;
        return Math.min(count(), Math.max(0, room));
    }

    /** Report block {@code i}: the SSRC of the source it is about. */
    public long reportSsrc(int i) {
        return u32(block(i));
    }

    /** Report block {@code i}: fraction of packets lost since the previous report, in 1/256. */
    public int fractionLost(int i) {
        return u8(block(i) + 4);
    }

    /** Report block {@code i}: cumulative packets lost, a signed 24-bit value (duplicates make it negative). */
    public int cumulativeLost(int i) {
        int raw = (u8(block(i) + 5) << 16) | (u8(block(i) + 6) << 8) | u8(block(i) + 7);
        return (raw << 8) >> 8;
    }

    /** Report block {@code i}: extended highest sequence number received (cycles in the high 16 bits). */
    public long extendedHighestSequence(int i) {
        return u32(block(i) + 8);
    }

    /** Report block {@code i}: interarrival jitter in RTP timestamp units (RFC 3550 §6.4.1, A.8). */
    public long jitter(int i) {
        return u32(block(i) + 12);
    }

    /** Report block {@code i}: middle 32 bits of the last SR's NTP timestamp from that source; 0 if none. */
    public long lastSenderReport(int i) {
        return u32(block(i) + 16);
    }

    /** Report block {@code i}: delay since that SR was received, in 1/65536 s; 0 if none. */
    public long delaySinceLastSenderReport(int i) {
        return u32(block(i) + 20);
    }

    /** BYE only: SSRC number {@code i} of the sources leaving (RFC 3550 §6.6). */
    public long byeSsrc(int i) {
        return u32(current + 4 + 4 * i);
    }

    /** BYE only: sources listed, limited to what the packet's length holds. */
    public int byeSourceCount() {
        return Math.min(count(), (currentLength - 4) / 4);
    }

    /**
     * SDES only: the first CNAME item (RFC 3550 §6.5.1) of the current packet, or null if it has none or a
     * chunk is malformed. Allocates the string: meant for endpoints and logs, not for every relayed packet.
     */
    public String cname() {
        int at = current + 4;
        int stop = current + currentLength;
        for (int chunk = 0; chunk < count() && at + 4 <= stop; chunk++) {
            at += 4; // the chunk's SSRC/CSRC
            while (at < stop && u8(at) != 0) {
                if (at + 2 > stop || at + 2 + u8(at + 1) > stop) {
                    return null;
                }
                int type = u8(at);
                int length = u8(at + 1);
                if (type == RtcpPacketType.SDES_CNAME) {
                    byte[] text = new byte[length];
                    buffer.get(at + 2, text);
                    return new String(text, StandardCharsets.UTF_8);
                }
                at += 2 + length;
            }
            at = (at + 4) & ~3; // the null item, then padding to the next 32-bit boundary
        }
        return null;
    }

    private boolean validFirst(ByteBuffer packet, int start) {
        int type = packet.get(start + 1) & 0xFF;
        return !padded(start) && (type == RtcpPacketType.SR || type == RtcpPacketType.RR);
    }

    private boolean bigEnough(int at, int length) {
        int type = u8(at + 1);
        if (type == RtcpPacketType.SR) {
            return length >= HEADER_AND_SSRC_BYTES + SENDER_INFO_BYTES;
        }
        return type != RtcpPacketType.RR || length >= HEADER_AND_SSRC_BYTES;
    }

    private int firstBlockOffset() {
        return packetType() == RtcpPacketType.SR ? HEADER_AND_SSRC_BYTES + SENDER_INFO_BYTES : HEADER_AND_SSRC_BYTES;
    }

    private int block(int i) {
        return current + firstBlockOffset() + i * REPORT_BLOCK_BYTES;
    }

    /** The length field counts 32-bit words minus one (RFC 3550 §6.4.1). */
    private int lengthAt(int at) {
        return (((u8(at + 2) << 8) | u8(at + 3)) + 1) * 4;
    }

    private int version(int at) {
        return u8(at) >>> 6;
    }

    private boolean padded(int at) {
        return (u8(at) & 0x20) != 0;
    }

    private int u8(int at) {
        return buffer.get(at) & 0xFF;
    }

    private long u32(int at) {
        return buffer.getInt(at) & 0xFFFF_FFFFL;
    }
}
