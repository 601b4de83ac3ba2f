package org.centralino.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centralino.media.dtmf.DtmfDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capture SIPp plays: libpcap framing, IPv4/UDP/RTP headers, and keys a DTMF detector finds in its audio. */
class RtpPcapTest {
    private static final int FRAME = RtpPcap.ETHERNET_HEADER + RtpPcap.IPV4_HEADER + RtpPcap.UDP_HEADER
        + RtpPcap.RTP_HEADER + RtpPcap.PACKET_SAMPLES;

    @TempDir
    Path tmp;

    @Test
    void theCaptureIsEthernetIpv4UdpRtpWithGrowingSequenceTimestampAndCaptureTime() throws Exception {
        Path file = tmp.resolve("keys.pcap");
        int packets = RtpPcap.writePcmu(DtmfAudio.keys("123#", 500, 100, 100, 500), file);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(packets).isEqualTo((500 + 4 * 200 + 500) / 20);
        assertThat(b.capacity()).isEqualTo(24 + packets * (16 + FRAME));
        assertThat(b.getInt(0)).isEqualTo(0xa1b2c3d4);
        assertThat(b.getInt(20)).as("link type Ethernet").isEqualTo(RtpPcap.LINKTYPE_ETHERNET);
        for (int n = 0; n < packets; n++) {
            int record = 24 + n * (16 + FRAME);
            b.order(ByteOrder.LITTLE_ENDIAN);
            assertThat((long) b.getInt(record) * 1_000_000 + b.getInt(record + 4)).isEqualTo(n * 20_000L);
            assertThat(b.getInt(record + 8)).isEqualTo(FRAME);
            int eth = record + 16;
            b.order(ByteOrder.BIG_ENDIAN);
            assertThat(b.getShort(eth + 12)).as("EtherType IPv4").isEqualTo((short) 0x0800);
            int ip = eth + RtpPcap.ETHERNET_HEADER;
            assertThat(b.get(ip)).isEqualTo((byte) 0x45);
            assertThat(b.get(ip + 9)).as("protocol UDP").isEqualTo((byte) 17);
            assertThat(b.getShort(ip + 2) & 0xffff).isEqualTo(FRAME - RtpPcap.ETHERNET_HEADER);
            assertThat(onesComplementSum(b, ip, RtpPcap.IPV4_HEADER)).as("IPv4 header checksum").isEqualTo(0xffff);
            int udp = ip + RtpPcap.IPV4_HEADER;
            assertThat(b.getShort(udp + 4) & 0xffff).isEqualTo(FRAME - RtpPcap.ETHERNET_HEADER - RtpPcap.IPV4_HEADER);
            int rtp = udp + RtpPcap.UDP_HEADER;
            assertThat(b.get(rtp) & 0xc0).as("RTP version 2").isEqualTo(0x80);
            assertThat(b.get(rtp + 1) & 0x7f).isEqualTo(RtpPcap.PAYLOAD_TYPE_PCMU);
            assertThat((b.get(rtp + 1) & 0x80) != 0).as("marker on the first packet only").isEqualTo(n == 0);
            assertThat(b.getShort(rtp + 2) & 0xffff).isEqualTo(n);
            assertThat(b.getInt(rtp + 4)).isEqualTo(n * RtpPcap.PACKET_SAMPLES);
        }
    }

    @Test
    void aDtmfDetectorHearsTheKeysInTheCapturedAudioInOrder() throws Exception {
        Path file = tmp.resolve("keys.pcap");
        int packets = RtpPcap.writePcmu(DtmfAudio.keys("123#", 1000, 100, 100, 1000), file);
        byte[] bytes = Files.readAllBytes(file);
        StringBuilder heard = new StringBuilder();
        DtmfDetector detector = new DtmfDetector(heard::append);
        byte[] ulaw = new byte[RtpPcap.PACKET_SAMPLES];
        for (int n = 0; n < packets; n++) {
            int payload = 24 + n * (16 + FRAME) + 16 + FRAME - RtpPcap.PACKET_SAMPLES;
            System.arraycopy(bytes, payload, ulaw, 0, ulaw.length);
            short[] pcm = Tones.ulawDecode(ulaw);
            detector.process(pcm, 0, pcm.length);
        }
        assertThat(heard).hasToString("123#");
    }

    @Test
    void silenceBeforeAndAfterTheKeysIsSilent() {
        short[] audio = DtmfAudio.keys("5", 200, 100, 100, 200);
        assertThat(audio).hasSize(600 * 8);
        for (int i = 0; i < 200 * 8; i++) {
            assertThat(audio[i]).isZero();
            assertThat(audio[audio.length - 1 - i]).isZero();
        }
        assertThat(peak(audio, 200 * 8, 300 * 8)).as("the tone sounds").isGreaterThan(5000);
    }

    private static int peak(short[] s, int from, int to) {
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(s[i]));
        }
        return max;
    }

    private static int onesComplementSum(ByteBuffer b, int from, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 2) {
            sum += b.getShort(from + i) & 0xffff;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return sum;
    }
}
