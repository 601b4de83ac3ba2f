package org.centralino.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.centralino.media.codec.G711;

/**
 * Writes audio as a capture of the RTP stream a phone would send, for SIPp's {@code play_pcap_audio}: a libpcap
 * file (link type Ethernet) of Ethernet II / IPv4 / UDP / RTP packets (RFC 3550 §5.1), payload type 0 (PCMU,
 * RFC 3551 §4.5.14), one packet per {@value #PACKET_SAMPLES} samples (20 ms) stamped 20 ms apart, with sequence
 * numbers and RTP timestamps that grow by one packet each and the marker bit on the first. SIPp 3.6 reads only
 * Ethernet or Linux cooked captures and skips packets that are not UDP (found by experiment: see
 * resources/sipp/README.md); it sends each packet's UDP payload at its capture time to the peer's SDP address
 * and keeps the RTP header as written; the addresses and ports written here are placeholders it replaces.
 */
public final class RtpPcap {
    /** Samples per packet: 20 ms at 8 kHz. */
    public static final int PACKET_SAMPLES = 160;
    /** RTP payload type of PCMU (RFC 3551, table 4). */
    public static final int PAYLOAD_TYPE_PCMU = 0;
    /** libpcap's link type for Ethernet (LINKTYPE_ETHERNET). */
    static final int LINKTYPE_ETHERNET = 1;
    static final int ETHERNET_HEADER = 14;
    static final int IPV4_HEADER = 20;
    static final int UDP_HEADER = 8;
    static final int RTP_HEADER = 12;
    private static final int PCAP_MAGIC = 0xa1b2c3d4;
    private static final int SNAPLEN = 65_535;
    private static final int PACKET_MICROS = 20_000;
    private static final int SSRC = 0x43454e54;
    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final int SOURCE_PORT = 40_000;
    private static final int DESTINATION_PORT = 40_002;

    private RtpPcap() {
    }

    /**
     * Writes {@code pcm} (8 kHz, whole packets; a partial last packet is padded with silence) as PCMU RTP to
     * {@code file}; returns the number of packets.
     */
    public static int writePcmu(short[] pcm, Path file) throws IOException {
        int packets = (pcm.length + PACKET_SAMPLES - 1) / PACKET_SAMPLES;
        int frame = ETHERNET_HEADER + IPV4_HEADER + UDP_HEADER + RTP_HEADER + PACKET_SAMPLES;
        ByteBuffer out = ByteBuffer.allocate(24 + packets * (16 + frame)).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(PCAP_MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(SNAPLEN)
            .putInt(LINKTYPE_ETHERNET);
        short[] packet = new short[PACKET_SAMPLES];
        byte[] payload = new byte[PACKET_SAMPLES];
        for (int n = 0; n < packets; n++) {
            Arrays.fill(packet, (short) 0);
            int from = n * PACKET_SAMPLES;
            System.arraycopy(pcm, from, packet, 0, Math.min(PACKET_SAMPLES, pcm.length - from));
            G711.encodeUlaw(packet, 0, payload, 0, PACKET_SAMPLES);
            long micros = (long) n * PACKET_MICROS;
            out.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000))
                .putInt(frame).putInt(frame);
            out.order(ByteOrder.BIG_ENDIAN);
            ethernet(out);
            ipv4(out, frame - ETHERNET_HEADER, n);
            udp(out, frame - ETHERNET_HEADER - IPV4_HEADER);
            rtp(out, n);
            out.put(payload);
        }
        Files.write(file, out.array());
        return packets;
    }

    private static void ethernet(ByteBuffer out) {
        out.put(new byte[] {2, 0, 0, 0, 0, 2}).put(new byte[] {2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
    }

    /** IPv4 header (RFC 791 §3.1) with its checksum: no options, TTL 64, protocol 17 (UDP). */
    private static void ipv4(ByteBuffer out, int totalLength, int id) {
        int start = out.position();
        out.put((byte) 0x45).put((byte) 0).putShort((short) totalLength).putShort((short) id).putShort((short) 0)
            .put((byte) 64).put((byte) 17).putShort((short) 0).put(LOOPBACK).put(LOOPBACK);
        int sum = 0;
        for (int i = 0; i < IPV4_HEADER; i += 2) {
            sum += out.getShort(start + i) & 0xffff;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        out.putShort(start + 10, (short) ~sum);
    }

    /** UDP header (RFC 768); checksum 0, "not computed", which IPv4 allows. */
    private static void udp(ByteBuffer out, int length) {
        out.putShort((short) SOURCE_PORT).putShort((short) DESTINATION_PORT).putShort((short) length)
            .putShort((short) 0);
    }

    /** RTP fixed header (RFC 3550 §5.1): version 2, marker on the first packet, PCMU. */
    private static void rtp(ByteBuffer out, int n) {
        out.put((byte) 0x80).put((byte) ((n == 0 ? 0x80 : 0) | PAYLOAD_TYPE_PCMU)).putShort((short) n)
            .putInt(n * PACKET_SAMPLES).putInt(SSRC);
    }
}
