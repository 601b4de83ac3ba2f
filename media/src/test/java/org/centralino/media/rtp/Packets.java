package org.centralino.media.rtp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Builds the RTP and RTCP datagrams the tests send. */
final class Packets {
    private Packets() {
    }

    /** An RTP packet (RFC 3550 §5.1), version 2, payload type 0 (PCMU), with the given payload. */
    static byte[] rtp(int sequence, long ssrc, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(12 + payload.length);
        b.put((byte) 0x80).put((byte) 0).putShort((short) sequence).putInt(sequence * 160).putInt((int) ssrc);
        b.put(payload);
        return b.array();
    }

    /** An RTP packet with an explicit timestamp (sequence and timestamp need not move together). */
    static byte[] rtp(int sequence, long timestamp, long ssrc, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(12 + payload.length);
        b.put((byte) 0x80).put((byte) 0).putShort((short) sequence).putInt((int) timestamp).putInt((int) ssrc);
        b.put(payload);
        return b.array();
    }

    /** A compound SR (no report blocks) + SDES CNAME, written by the package under test's writer. */
    static byte[] senderReport(long ssrc, long ntp, long rtpTimestamp, long packets) {
        ByteBuffer b = ByteBuffer.allocate(200);
        org.centralino.media.rtcp.RtcpWriter.writeCompound(b, ssrc,
            new org.centralino.media.rtcp.SenderInfo(ntp, rtpTimestamp, packets, packets * 160),
            java.util.List.of(), "sender@192.0.2.1", false);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** A compound RR with one report block + SDES CNAME. */
    static byte[] receiverReport(long ssrc, org.centralino.media.rtcp.ReportBlock block) {
        ByteBuffer b = ByteBuffer.allocate(200);
        org.centralino.media.rtcp.RtcpWriter.writeCompound(b, ssrc, null, java.util.List.of(block),
            "receiver@192.0.2.2", false);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** An RTP packet whose payload is a readable text, so a test can see which packet arrived. */
    static byte[] rtp(int sequence, String text) {
        return rtp(sequence, 0x1234_5678L, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** An empty RTCP receiver report (RFC 3550 §6.4.2): 8 bytes, packet type 201. */
    static byte[] rtcpReceiverReport(long ssrc) {
        return ByteBuffer.allocate(8).put((byte) 0x80).put((byte) 201).putShort((short) 1).putInt((int) ssrc).array();
    }

    /** The payload of an RTP packet as text. */
    static String payloadText(byte[] rtp) {
        return new String(rtp, 12, rtp.length - 12, StandardCharsets.US_ASCII);
    }
}
