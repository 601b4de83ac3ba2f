package org.centralino.media.rtp;

import java.nio.ByteBuffer;

/**
 * Where the RTP stream a phone sends stands: the SSRC, sequence number and timestamp of its last packet and when
 * it arrived. When the PBX starts speaking to the other phone itself (music on hold in a call that was relayed),
 * it continues this stream (RFC 3550 §5.1: same SSRC, next sequence number, timestamp advanced by the time
 * elapsed) instead of starting a new one, because some phones drop a new stream whose timestamps seem to go
 * backwards (baresip 1.0 does). Written by the loop thread on every relayed RTP packet; allocation-free.
 */
final class StreamPosition {
    private boolean known;
    private int ssrc;
    private int sequence;
    private long timestamp;
    private long arrivalMillis;

    /** Loop thread: the RTP packet between the buffer's position and limit was received. */
    void update(ByteBuffer packet, long nowMillis) {
        int at = packet.position();
        ssrc = packet.getInt(at + 8);
        sequence = packet.getShort(at + 2) & 0xffff;
        timestamp = packet.getInt(at + 4) & 0xffffffffL;
        arrivalMillis = nowMillis;
        known = true;
    }

    boolean known() {
        return known;
    }

    int ssrc() {
        return ssrc;
    }

    int sequence() {
        return sequence;
    }

    /** The timestamp the stream would have reached at {@code nowMillis} at {@code clockRate}. */
    long timestampAt(long nowMillis, int clockRate) {
        return (timestamp + Math.max(0, nowMillis - arrivalMillis) * clockRate / 1000) & 0xffffffffL;
    }
}
