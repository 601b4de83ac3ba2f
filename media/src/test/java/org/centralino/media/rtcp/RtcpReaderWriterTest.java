package org.centralino.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RTCP compounds written byte for byte as RFC 3550 §6.4-6.6 lays them out, and read back in place. */
class RtcpReaderWriterTest {
    private static final long SSRC = 0x1122_3344L;
    private static final long NTP = 0xE6A1_2345_8000_0000L;
    private static final ReportBlock BLOCK = new ReportBlock(0xAABB_CCDDL, 26, 1234, 0x0001_0005L, 88,
        0x2345_8000L, 13107);
    private static final ReportBlock DUPLICATES = new ReportBlock(0x5555_6666L, 0, -3, 70, 0, 0, 0);

    private final RtcpReader reader = new RtcpReader();

    private static ByteBuffer compound(SenderInfo sender, List<ReportBlock> blocks, boolean bye) {
        ByteBuffer out = ByteBuffer.allocate(1500);
        RtcpWriter.writeCompound(out, SSRC, sender, blocks, "alice@10.0.0.1", bye);
        return out.flip();
    }

    private static String hex(ByteBuffer b) {
        byte[] bytes = new byte[b.remaining()];
        b.duplicate().get(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void writesAnSrWithTwoBlocksThenSdesCnameThenByeAsRfc3550LaysThemOut() {
        ByteBuffer b = compound(new SenderInfo(NTP, 0x0102_0304L, 500, 80_000), List.of(BLOCK, DUPLICATES), true);

        String expected = "82c80012" + "11223344" + "e6a1234580000000" + "01020304" + "000001f4" + "00013880"
            + "aabbccdd" + "1a0004d2" + "00010005" + "00000058" + "23458000" + "00003333"
            + "55556666" + "00fffffd" + "00000046" + "00000000" + "00000000" + "00000000"
            // SDES: 1 chunk, 7 words: SSRC, CNAME item (type 1, 14 bytes), null item and padding to a word
            + "81ca0006" + "11223344" + "010e" + HexFormat.of().formatHex("alice@10.0.0.1".getBytes()) + "00000000"
            + "81cb0001" + "11223344";
        assertThat(hex(b)).isEqualTo(expected);
    }

    @Test
    void writesAnRrWhenNotSending() {
        ByteBuffer b = compound(null, List.of(), false);

        assertThat(hex(b)).startsWith("80c9000111223344" + "81ca0006");
        assertThat(b.remaining()).isEqualTo(8 + 28);
    }

    @Test
    void readsEveryFieldOfAnSrBackInPlaceWithoutMovingTheBuffer() {
        ByteBuffer b = compound(new SenderInfo(NTP, 0xFFFF_FFF0L, 500, 80_000), List.of(BLOCK, DUPLICATES), true);
        int position = b.position();
        int limit = b.limit();

        assertThat(reader.reset(b)).isTrue();
        assertThat(reader.next()).isTrue();
        assertThat(reader.packetType()).isEqualTo(RtcpPacketType.SR);
        assertThat(reader.senderSsrc()).isEqualTo(SSRC);
        assertThat(reader.ntpTimestamp()).isEqualTo(NTP);
        assertThat(reader.rtpTimestamp()).isEqualTo(0xFFFF_FFF0L);
        assertThat(reader.senderPacketCount()).isEqualTo(500);
        assertThat(reader.senderOctetCount()).isEqualTo(80_000);
        assertThat(reader.reportBlockCount()).isEqualTo(2);
        assertThat(List.of(block(0), block(1))).containsExactly(BLOCK, DUPLICATES);
        assertThat(reader.next()).isTrue();
        assertThat(reader.packetType()).isEqualTo(RtcpPacketType.SDES);
        assertThat(reader.cname()).isEqualTo("alice@10.0.0.1");
        assertThat(reader.next()).isTrue();
        assertThat(reader.packetType()).isEqualTo(RtcpPacketType.BYE);
        assertThat(reader.byeSourceCount()).isEqualTo(1);
        assertThat(reader.byeSsrc(0)).isEqualTo(SSRC);
        assertThat(reader.next()).isFalse();
        assertThat(b.position()).isEqualTo(position);
        assertThat(b.limit()).isEqualTo(limit);
    }

    private ReportBlock block(int i) {
        return new ReportBlock(reader.reportSsrc(i), reader.fractionLost(i), reader.cumulativeLost(i),
            reader.extendedHighestSequence(i), reader.jitter(i), reader.lastSenderReport(i),
            reader.delaySinceLastSenderReport(i));
    }

    @Test
    void skipsAnUnknownPacketTypeByItsLength() {
        ByteBuffer b = ByteBuffer.allocate(100);
        RtcpWriter.writeReport(b, SSRC, null, List.of(BLOCK));
        b.put(HexFormat.of().parseHex("81cd0002" + "11223344" + "aabbccdd")); // RTPFB (RFC 4585), 12 bytes
        RtcpWriter.writeBye(b, SSRC);
        b.flip();

        assertThat(reader.reset(b)).isTrue();
        int[] types = new int[3];
        for (int i = 0; reader.next(); i++) {
            types[i] = reader.packetType();
        }
        assertThat(types).containsExactly(RtcpPacketType.RR, 205, RtcpPacketType.BYE);
    }

    @Test
    void rejectsCompoundsThatFailTheValidityChecksOfAppendixA2() {
        String rr = "80c90001" + "11223344";
        String sdes = "81ca0006" + "11223344" + "010e" + HexFormat.of().formatHex("alice@10.0.0.1".getBytes())
            + "00000000";
        assertThat(valid(rr + sdes)).isTrue();
        assertThat(valid(sdes + rr)).as("first packet not an SR or RR").isFalse();
        assertThat(valid("40c90001" + "11223344")).as("version 1").isFalse();
        assertThat(valid(rr + sdes.substring(0, sdes.length() - 8))).as("length past the datagram").isFalse();
        assertThat(valid(rr + sdes + "00")).as("lengths do not add up to the datagram").isFalse();
        assertThat(valid("a0c90001" + "11223344" + sdes)).as("padding bit on the first packet").isFalse();
        assertThat(valid("80c80001" + "11223344")).as("an SR without sender info").isFalse();
        assertThat(valid("8")).as("shorter than a header").isFalse();
    }

    @Test
    void aReportCountLargerThanTheLengthReadsOnlyTheBlocksPresent() {
        ByteBuffer b = ByteBuffer.allocate(100);
        RtcpWriter.writeReport(b, SSRC, null, List.of(BLOCK));
        b.put(0, (byte) 0x85); // claims 5 blocks, holds 1
        b.flip();

        assertThat(reader.reset(b)).isTrue();
        assertThat(reader.next()).isTrue();
        assertThat(reader.reportBlockCount()).isEqualTo(1);
        assertThat(block(0)).isEqualTo(BLOCK);
    }

    @Test
    void refusesToWriteWhatTheFormatCannotHold() {
        ByteBuffer b = ByteBuffer.allocate(2000);
        assertThatThrownBy(() -> RtcpWriter.writeReport(b, SSRC, null, java.util.Collections.nCopies(32, BLOCK)))
            .hasMessageContaining("at most 31");
        assertThatThrownBy(() -> RtcpWriter.writeCname(b, SSRC, "x".repeat(256))).hasMessageContaining("1-255");
        assertThatThrownBy(() -> RtcpWriter.writeBye(ByteBuffer.allocate(4), SSRC)).hasMessageContaining("needs 8");
    }

    @Test
    void clampsCumulativeLossToTwentyFourSignedBits() {
        ByteBuffer b = ByteBuffer.allocate(100);
        RtcpWriter.writeReport(b, SSRC, null, List.of(new ReportBlock(1, 0, 20_000_000, 0, 0, 0, 0)));
        b.flip();

        reader.reset(b);
        reader.next();
        assertThat(reader.cumulativeLost(0)).isEqualTo(ReportBlock.MAX_CUMULATIVE_LOST);
    }

    private boolean valid(String hex) {
        byte[] bytes = hex.length() % 2 == 0 ? HexFormat.of().parseHex(hex) : new byte[] {(byte) 0x80};
        return reader.reset(ByteBuffer.wrap(bytes));
    }
}
