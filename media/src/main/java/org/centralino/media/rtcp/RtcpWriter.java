package org.centralino.media.rtcp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RTCP packets into a buffer at its position, advancing it: SR or RR, SDES with a CNAME, BYE, and the
 * compound an endpoint sends every report interval (RFC 3550 §6.1: an SR or RR first, then an SDES with a CNAME,
 * a BYE last when leaving). Lengths are in 32-bit words minus one; SDES chunks end with a null item and are
 * padded to a word boundary (RFC 3550 §6.5), so no packet needs the padding bit.
 */
public final class RtcpWriter {
    /** The report count is a 5-bit field (RFC 3550 §6.4.1). */
    public static final int MAX_REPORT_BLOCKS = 31;
    /** An SDES item's length is one byte (RFC 3550 §6.5). */
    public static final int MAX_CNAME_BYTES = 255;
    private static final int VERSION_BITS = 0x80;

    private RtcpWriter() {
    }

    /**
     * Writes the SR (when {@code sender} is not null: this endpoint sent RTP since the last report) or RR, the
     * SDES CNAME and, when {@code bye}, a BYE: one compound packet (RFC 3550 §6.1). Returns its length in bytes.
     */
    public static int writeCompound(ByteBuffer out, long ssrc, SenderInfo sender, List<ReportBlock> blocks,
                                    String cname, boolean bye) {
        int start = out.position();
        writeReport(out, ssrc, sender, blocks);
        writeCname(out, ssrc, cname);
        if (bye) {
            writeBye(out, ssrc);
        }
        return out.position() - start;
    }

    /** An SR (sender not null, RFC 3550 §6.4.1) or RR (§6.4.2) with up to 31 report blocks. */
    public static void writeReport(ByteBuffer out, long ssrc, SenderInfo sender, List<ReportBlock> blocks) {
        if (blocks.size() > MAX_REPORT_BLOCKS) {
            throw new IllegalArgumentException("an SR/RR holds at most " + MAX_REPORT_BLOCKS
                + " report blocks (5-bit count, RFC 3550 §6.4.1), got " + blocks.size());
        }
        int bytes = RtcpReader.HEADER_AND_SSRC_BYTES + (sender == null ? 0 : RtcpReader.SENDER_INFO_BYTES)
            + blocks.size() * RtcpReader.REPORT_BLOCK_BYTES;
        requireRoom(out, bytes, "SR/RR");
        header(out, blocks.size(), sender == null ? RtcpPacketType.RR : RtcpPacketType.SR, bytes);
        out.putInt((int) ssrc);
        if (sender != null) {
            out.putLong(sender.ntpTimestamp()).putInt((int) sender.rtpTimestamp())
                .putInt((int) sender.packetCount()).putInt((int) sender.octetCount());
        }
        for (ReportBlock b : blocks) {
            int lost = Math.clamp(b.cumulativeLost(), ReportBlock.MIN_CUMULATIVE_LOST, ReportBlock.MAX_CUMULATIVE_LOST);
            out.putInt((int) b.ssrc()).putInt((b.fractionLost() << 24) | (lost & 0xFF_FFFF))
                .putInt((int) b.extendedHighestSequence()).putInt((int) b.jitter())
                .putInt((int) b.lastSenderReport()).putInt((int) b.delaySinceLastSenderReport());
        }
    }

    /** An SDES packet with one chunk holding one CNAME item (RFC 3550 §6.5.1). */
    public static void writeCname(ByteBuffer out, long ssrc, String cname) {
        byte[] text = cname.getBytes(StandardCharsets.UTF_8);
        if (text.length == 0 || text.length > MAX_CNAME_BYTES) {
            throw new IllegalArgumentException("a CNAME is 1-" + MAX_CNAME_BYTES + " bytes of UTF-8 (RFC 3550 §6.5),"
                + " got " + text.length);
        }
        int items = 2 + text.length + 1; // type, length, text, then the null item ending the chunk
        int chunk = 4 + ((items + 3) & ~3);
        int bytes = 4 + chunk;
        requireRoom(out, bytes, "SDES");
        header(out, 1, RtcpPacketType.SDES, bytes);
        out.putInt((int) ssrc).put((byte) RtcpPacketType.SDES_CNAME).put((byte) text.length).put(text);
        for (int pad = chunk - 4 - 2 - text.length; pad > 0; pad--) {
            out.put((byte) 0);
        }
    }

    /** A BYE for one source, without a reason (RFC 3550 §6.6). */
    public static void writeBye(ByteBuffer out, long ssrc) {
        requireRoom(out, 8, "BYE");
        header(out, 1, RtcpPacketType.BYE, 8);
        out.putInt((int) ssrc);
    }

    private static void header(ByteBuffer out, int count, int type, int bytes) {
        out.put((byte) (VERSION_BITS | count)).put((byte) type).putShort((short) (bytes / 4 - 1));
    }

    private static void requireRoom(ByteBuffer out, int bytes, String what) {
        if (out.remaining() < bytes) {
            throw new IllegalArgumentException("the " + what + " packet needs " + bytes + " bytes, the buffer has "
                + out.remaining() + " left");
        }
    }
}
