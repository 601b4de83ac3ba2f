package org.centralino.media.rtp;

import java.nio.ByteBuffer;

/**
 * The cheap sanity checks a relay can make without parsing: a datagram is forwarded only if it looks like
 * RTP or RTCP, so stray traffic (scans, STUN, garbage) hitting a media port goes no further. Reads absolute
 * positions of the buffer (from its position to its limit) and never changes it.
 */
final class PacketCheck {
    /** RTP fixed header (RFC 3550 §5.1). */
    static final int MIN_RTP_BYTES = 12;
    /** RTCP common header plus the sender SSRC: the smallest packet, an empty RR (RFC 3550 §6.4.2). */
    static final int MIN_RTCP_BYTES = 8;
    private static final int VERSION_2 = 2;
    /** RTCP packet types 192-223 collide with RTP payload types 64-95 with the marker bit (RFC 5761 §4). */
    private static final int FIRST_RTCP_TYPE = 192;
    private static final int LAST_RTCP_TYPE = 223;

    private PacketCheck() {
    }

    /** Version 2 and at least a fixed RTP header (RFC 3550 §A.1). */
    static boolean isRtp(ByteBuffer packet) {
        return packet.remaining() >= MIN_RTP_BYTES && version(packet) == VERSION_2 && !looksLikeRtcp(packet);
    }

    /** Version 2, at least 8 bytes and an RTCP packet type (RFC 3550 §A.2). */
    static boolean isRtcp(ByteBuffer packet) {
        return packet.remaining() >= MIN_RTCP_BYTES && version(packet) == VERSION_2 && looksLikeRtcp(packet);
    }


    private static int version(ByteBuffer packet) {
        return (packet.get(packet.position()) & 0xC0) >>> 6;
    }

    private static boolean looksLikeRtcp(ByteBuffer packet) {
        int type = packet.get(packet.position() + 1) & 0xFF;
        return type >= FIRST_RTCP_TYPE && type <= LAST_RTCP_TYPE;
    }
}
