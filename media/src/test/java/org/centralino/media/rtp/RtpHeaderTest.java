package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Where the payload of an RTP packet lies once CSRCs, a header extension and padding are skipped (RFC 3550 §5). */
class RtpHeaderTest {
    private static final byte[] PAYLOAD = {10, 11, 12, 13, 14, 15, 16};

    private final RtpHeader header = new RtpHeader();

    /**
     * A packet: version 2, {@code csrcs} contributing sources, an extension of {@code extensionWords} words
     * (none if negative), {@link #PAYLOAD}, then {@code padding} octets whose last holds their count.
     */
    private static byte[] packet(int csrcs, int extensionWords, int padding) {
        int length = 12 + 4 * csrcs + (extensionWords < 0 ? 0 : 4 + 4 * extensionWords) + PAYLOAD.length + padding;
        ByteBuffer b = ByteBuffer.allocate(length);
        int b0 = 0x80 | (padding > 0 ? 0x20 : 0) | (extensionWords >= 0 ? 0x10 : 0) | csrcs;
        b.put((byte) b0).put((byte) (0x80 | 96)).putShort((short) 0xBEEF).putInt(0xF000_0001).putInt(0x1234_5678);
        for (int i = 0; i < csrcs; i++) {
            b.putInt(0xC5C0 + i);
        }
        if (extensionWords >= 0) {
            b.putShort((short) 0xBEDE).putShort((short) extensionWords);
            for (int i = 0; i < extensionWords; i++) {
                b.putInt(0xEEEE_EEEE);
            }
        }
        b.put(PAYLOAD);
        for (int i = 1; i <= padding; i++) {
            b.put((byte) (i == padding ? padding : 0));
        }
        return b.array();
    }

    private byte[] payloadOf(ByteBuffer packet) {
        assertThat(header.read(packet)).as("well-formed packet accepted").isTrue();
        byte[] out = new byte[header.payloadLength];
        packet.get(header.payloadOffset, out);
        return out;
    }

    @Test
    void readsTheFixedFieldsAndThePayloadOfAPlainPacket() {
        ByteBuffer p = ByteBuffer.wrap(packet(0, -1, 0));
        assertThat(payloadOf(p)).isEqualTo(PAYLOAD);
        assertThat(header.payloadOffset).isEqualTo(12);
        assertThat(header.marker).isTrue();
        assertThat(header.payloadType).isEqualTo(96);
        assertThat(header.sequence).isEqualTo(0xBEEF);
        assertThat(header.timestamp).isEqualTo(0xF000_0001L);
        assertThat(header.ssrc).isEqualTo(0x1234_5678);
    }

    @Test
    void skipsContributingSources() {
        ByteBuffer p = ByteBuffer.wrap(packet(3, -1, 0));
        assertThat(payloadOf(p)).isEqualTo(PAYLOAD);
        assertThat(header.payloadOffset).isEqualTo(12 + 3 * 4);
    }

    @Test
    void skipsAHeaderExtensionAfterTheContributingSources() {
        ByteBuffer p = ByteBuffer.wrap(packet(2, 3, 0));
        assertThat(payloadOf(p)).isEqualTo(PAYLOAD);
        assertThat(header.payloadOffset).isEqualTo(12 + 8 + 4 + 12);
    }

    @Test
    void skipsAnEmptyHeaderExtension() {
        ByteBuffer p = ByteBuffer.wrap(packet(0, 0, 0));
        assertThat(payloadOf(p)).isEqualTo(PAYLOAD);
        assertThat(header.payloadOffset).isEqualTo(16);
    }

    @Test
    void leavesThePaddingOutOfThePayload() {
        ByteBuffer p = ByteBuffer.wrap(packet(1, 1, 5));
        assertThat(payloadOf(p)).isEqualTo(PAYLOAD);
        assertThat(header.payloadLength).isEqualTo(PAYLOAD.length);
    }

    @Test
    void readsAPacketInTheMiddleOfABufferAtAbsoluteOffsets() {
        byte[] rtp = packet(1, 1, 2);
        ByteBuffer b = ByteBuffer.allocate(rtp.length + 40);
        b.position(17).put(rtp).flip().position(17);
        assertThat(payloadOf(b)).isEqualTo(PAYLOAD);
        assertThat(header.payloadOffset).isEqualTo(17 + 12 + 4 + 8);
        assertThat(b.position()).as("the buffer is read in place, not consumed").isEqualTo(17);
    }

    @Test
    void acceptsAnEmptyPayload() {
        ByteBuffer p = ByteBuffer.wrap(java.util.Arrays.copyOf(packet(0, -1, 0), 12));
        assertThat(header.read(p)).isTrue();
        assertThat(header.payloadLength).isZero();
    }

    @Test
    void refusesPacketsShorterThanTheFixedHeader() {
        ByteBuffer p = ByteBuffer.wrap(java.util.Arrays.copyOf(packet(0, -1, 0), 11));
        assertThat(header.read(p)).isFalse();
    }

    @Test
    void refusesOtherVersions() {
        for (int version : new int[] {0, 1, 3}) {
            byte[] rtp = packet(0, -1, 0);
            rtp[0] = (byte) (version << 6);
            assertThat(header.read(ByteBuffer.wrap(rtp))).as("version %d", version).isFalse();
        }
    }

    @Test
    void refusesContributingSourcesThatRunPastTheEnd() {
        byte[] rtp = java.util.Arrays.copyOf(packet(2, -1, 0), 12 + 8);
        rtp[0] = (byte) (0x80 | 3); // claims three, has two and no payload
        assertThat(header.read(ByteBuffer.wrap(rtp))).isFalse();
    }

    @Test
    void refusesAnExtensionHeaderCutShort() {
        byte[] rtp = java.util.Arrays.copyOf(packet(0, 0, 0), 14);
        assertThat(header.read(ByteBuffer.wrap(rtp))).isFalse();
    }

    @Test
    void refusesAnExtensionLongerThanThePacket() {
        byte[] rtp = packet(0, 1, 0);
        rtp[15] = 100; // 100 words of extension in a 27-byte packet
        assertThat(header.read(ByteBuffer.wrap(rtp))).isFalse();
    }

    @Test
    void refusesPaddingLongerThanThePayload() {
        byte[] rtp = packet(0, -1, 3);
        rtp[rtp.length - 1] = (byte) (PAYLOAD.length + 4);
        assertThat(header.read(ByteBuffer.wrap(rtp))).isFalse();
    }

    @Test
    void refusesAZeroPaddingCount() {
        // the count includes the count octet itself (RFC 3550 §5.1), so zero cannot be
        byte[] rtp = packet(0, -1, 3);
        rtp[rtp.length - 1] = 0;
        assertThat(header.read(ByteBuffer.wrap(rtp))).isFalse();
    }

    @Test
    void writesAHeaderThatReadsBack() {
        ByteBuffer out = ByteBuffer.allocate(12 + PAYLOAD.length);
        RtpHeader.write(out, false, 9, 0xFFFF, 0xFFFF_FFFFL, -2);
        out.put(12, PAYLOAD);
        assertThat(payloadOf(out)).isEqualTo(PAYLOAD);
        assertThat(header.marker).isFalse();
        assertThat(header.payloadType).isEqualTo(9);
        assertThat(header.sequence).isEqualTo(0xFFFF);
        assertThat(header.timestamp).isEqualTo(0xFFFF_FFFFL);
        assertThat(header.ssrc).isEqualTo(-2);
    }
}
