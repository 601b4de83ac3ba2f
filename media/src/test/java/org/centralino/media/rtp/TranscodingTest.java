package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.centralino.media.audio.Signals;
import org.centralino.media.codec.AudioCodec;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.CodecRegistry;
import org.centralino.media.codec.G711Codec;
import org.centralino.media.codec.G722Codec;
import org.centralino.media.codec.OpusCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A transcoded call through a real engine on loopback, on the real clock: both legs terminated in different
 * codecs and bridged, two scripted phones sending a tone each in 20 ms packets. Each phone must hear the other's
 * tone (Goertzel on its own decode of what it received) and not its own, in a well-formed RTP stream: one SSRC,
 * sequence numbers one apart, timestamps one packet of the RTP clock apart (RFC 3550 §5.1).
 */
class TranscodingTest {
    /** 1.6 s of talk: the jitter buffer settles well within it. */
    static final int PACKETS = 80;
    static final double AMPLITUDE = 8000;
    static final double ALICE_HZ = 1000;
    static final double BOB_HZ = 700;
    /** The last packets received are the ones measured: steady state, after the jitter buffer filled. */
    static final int MEASURED_PACKETS = 40;

    private final RtpEngine engine = TestEngines.started();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void pcmuPhoneAndG722PhoneHearEachOthersTone() throws IOException {
        G722Codec g722 = new G722Codec();
        call(StreamFormat.of(G711Codec.PCMU, 0), StreamFormat.of(g722, 9));
    }

    @Test
    void pcmuPhoneAndOpusPhoneHearEachOthersTone() throws IOException {
        AudioCodec opus = CodecRegistry.detect().find(OpusCodec.ENCODING, OpusCodec.RATE)
            .orElseThrow(() -> new AssertionError("libopus.so.0 did not load: apt-get install libopus0"));
        call(StreamFormat.of(G711Codec.PCMU, 0), new StreamFormat(opus, 111, CodecParams.parse(OpusCodec.FMTP),
            StreamFormat.NO_EVENTS, 20));
    }

    private void call(StreamFormat aliceFormat, StreamFormat bobFormat) throws IOException {
        try (CodecPhone alice = new CodecPhone(aliceFormat.codec(), aliceFormat.payloadType(), 0xA11CE);
             CodecPhone bob = new CodecPhone(bobFormat.codec(), bobFormat.payloadType(), 0xB0B);
             RelaySession s = engine.createSession(alice.address(), bob.address(), RelayListener.NONE)) {
            s.terminate(Side.A, aliceFormat);
            s.terminate(Side.B, bobFormat);
            s.bridgeTerminated(true);

            talk(s, alice, ALICE_HZ, bob, BOB_HZ, PACKETS);

            assertHears(bob, bobFormat, BOB_HZ, ALICE_HZ);
            assertHears(alice, aliceFormat, ALICE_HZ, BOB_HZ);
            assertSaneStream(bob.received(bobFormat.payloadType()), bobFormat.codec().rtpClockRate());
            assertSaneStream(alice.received(aliceFormat.payloadType()), aliceFormat.codec().rtpClockRate());
        }
    }

    /** Both phones send a packet of their tone every 20 ms of the real clock and keep what they receive. */
    static void talk(RelaySession s, CodecPhone alice, double aliceHz, CodecPhone bob, double bobHz, int packets) {
        CodecPhone.paced(packets, i -> {
            alice.sendTone(aliceHz, AMPLITUDE, s.endpoint(Side.A).localRtp());
            bob.sendTone(bobHz, AMPLITUDE, s.endpoint(Side.B).localRtp());
            alice.drain();
            bob.drain();
        });
        alice.drain();
        bob.drain();
    }

    /** The phone's last received audio holds {@code expectedHz} at about the sent level, and not its own tone. */
    private static void assertHears(CodecPhone phone, StreamFormat format, double ownHz, double expectedHz) {
        List<CodecPhone.Packet> audio = phone.received(format.payloadType());
        assertThat(audio).as("packets received").hasSizeGreaterThan(PACKETS / 2);
        short[] heard = phone.heard(format.payloadType());
        int window = phone.rate() / 1000 * CodecPhone.PACKET_MS * MEASURED_PACKETS / 2; // 400 ms
        int to = heard.length - phone.rate() / 10; // the last 100 ms may hold the end of the talk
        double expected = Signals.amplitude(heard, to - window, to, expectedHz, phone.rate());
        double own = Signals.amplitude(heard, to - window, to, ownHz, phone.rate());
        assertThat(expected).as("%.0f Hz heard at %d Hz", expectedHz, phone.rate()).isGreaterThan(0.6 * AMPLITUDE);
        assertThat(expected).isLessThan(1.3 * AMPLITUDE);
        assertThat(own).as("its own %.0f Hz tone is not sent back", ownHz).isLessThan(0.02 * AMPLITUDE);
    }

    /** One SSRC; over the measured tail, each packet one sequence number and one packet's timestamps on. */
    static void assertSaneStream(List<CodecPhone.Packet> packets, int clockRate) {
        assertThat(packets.stream().map(CodecPhone.Packet::ssrc).distinct()).as("SSRCs").hasSize(1);
        long step = (long) clockRate / 1000 * CodecPhone.PACKET_MS;
        List<CodecPhone.Packet> tail = packets.subList(packets.size() - MEASURED_PACKETS, packets.size());
        for (int i = 1; i < tail.size(); i++) {
            CodecPhone.Packet before = tail.get(i - 1);
            CodecPhone.Packet p = tail.get(i);
            assertThat(p.sequence()).as("sequence after %d", before.sequence())
                .isEqualTo((before.sequence() + 1) & 0xffff);
            assertThat((p.timestamp() - before.timestamp()) & 0xffffffffL).as("timestamp step at %d", p.sequence())
                .isEqualTo(step);
            assertThat(p.marker()).as("no marker inside a talkspurt").isFalse();
        }
    }
}
