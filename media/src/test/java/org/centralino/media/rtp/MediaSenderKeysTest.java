package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.centralino.media.audio.Pcm;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.G711Codec;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.dtmf.TelephoneEventReceiver;
import org.junit.jupiter.api.Test;

/**
 * Keys a terminated leg sends as telephone events (RFC 4733): keys given while one is still being sent wait
 * their turn, so back-to-back keys (SIP INFO) each arrive whole, with their own duration, in order.
 */
class MediaSenderKeysTest {
    private static final int EVENT_PT = 101;

    @Test
    void aKeyGivenWhileAnotherIsSentWaitsAndBothArriveWholeInOrder() throws Exception {
        try (DatagramChannel out = loopback(); DatagramChannel phone = loopback()) {
            phone.configureBlocking(false);
            MediaSender sender = new MediaSender(new StreamFormat(G711Codec.PCMU, 0, CodecParams.NONE, EVENT_PT,
                StreamFormat.DEFAULT_PACKET_MILLIS), new SplittableRandom(7), new LegCounters());
            short[] frame = new short[Pcm.FRAME];
            InetSocketAddress to = (InetSocketAddress) phone.getLocalAddress();

            sender.send(frame, out, to);
            assertThat(sender.sendKey('7', 200)).isTrue();
            sender.send(frame, out, to);
            assertThat(sender.sendKey('*', 100)).as("given 20 ms into the first key").isTrue();
            for (int i = 0; i < 40; i++) {
                sender.send(frame, out, to);
            }

            List<DtmfEvent> keys = new ArrayList<>();
            TelephoneEventReceiver receiver = new TelephoneEventReceiver(8000, keys::add);
            int marked = 0;
            long at = 0;
            ByteBuffer b = ByteBuffer.allocate(2048);
            while (phone.receive(b.clear()) != null) {
                b.flip();
                if ((b.get(1) & 0x7F) == EVENT_PT) {
                    boolean marker = (b.get(1) & 0x80) != 0;
                    marked += marker ? 1 : 0;
                    byte[] payload = new byte[b.remaining() - RtpHeader.FIXED];
                    b.get(RtpHeader.FIXED, payload);
                    receiver.receive(marker, b.getInt(4) & 0xFFFF_FFFFL, b.getShort(2) & 0xFFFF, payload, 0,
                        payload.length, at += 20);
                }
            }
            assertThat(keys).extracting(DtmfEvent::key).containsExactly('7', '*');
            assertThat(keys).extracting(DtmfEvent::durationMillis).containsExactly(200, 100);
            assertThat(marked).as("one marked first packet per key").isEqualTo(2);
        }
    }

    private static DatagramChannel loopback() throws java.io.IOException {
        return DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }
}
