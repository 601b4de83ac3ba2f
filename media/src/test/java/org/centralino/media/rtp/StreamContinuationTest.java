package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.centralino.media.codec.G711Codec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the PBX starts speaking to a phone that was hearing the other phone's relayed stream (music on hold in a
 * call), it continues that stream (RFC 3550 §5.1): same SSRC, the next sequence number, the timestamp advanced by
 * the time elapsed since that stream's last packet ({@link StreamPosition}). Real engine, real clock.
 */
class StreamContinuationTest {
    private static final int BOB_SSRC = 0x0B0B_0B0B;
    private static final int FIRST_SEQUENCE = 65_530; // wraps during the test
    private static final long FIRST_TIMESTAMP = 0xFFFF_F000L; // wraps too
    private static final int RELAYED = 20;
    private static final long PAUSE_MILLIS = 200;

    private final RtpEngine engine = TestEngines.started();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void theFirstPacketsOfATerminatedLegContinueTheStreamItWasHearing() throws IOException, InterruptedException {
        try (Phone alice = Phone.open(); Phone bob = Phone.open();
             RelaySession s = engine.createSession(alice.address(), bob.address(), RelayListener.NONE)) {
            int lastSequence = 0;
            long lastTimestamp = 0;
            long lastSentMillis = 0;
            long lastHeardMillis = 0;
            for (int i = 0; i < RELAYED; i++) {
                lastSequence = (FIRST_SEQUENCE + i) & 0xffff;
                lastTimestamp = (FIRST_TIMESTAMP + 160L * i) & 0xffffffffL;
                lastSentMillis = System.currentTimeMillis();
                bob.send(Packets.rtp(lastSequence, lastTimestamp, BOB_SSRC, new byte[160]), s.endpoint(Side.B).localRtp());
                assertThat(header(alice.receive().data()).ssrc).as("relayed").isEqualTo(BOB_SSRC);
                lastHeardMillis = System.currentTimeMillis();
                Thread.sleep(CodecPhone.PACKET_MS);
            }
            Thread.sleep(PAUSE_MILLIS);
            long terminatedMillis = System.currentTimeMillis();
            s.terminate(Side.A, StreamFormat.of(G711Codec.PCMU, 0));

            List<RtpHeader> sent = new ArrayList<>();
            long firstArrivalMillis = 0;
            while (sent.size() < 10) {
                Phone.Received r = alice.receive();
                if (sent.isEmpty()) {
                    firstArrivalMillis = System.currentTimeMillis();
                }
                if ((r.data()[1] & 0x7f) < 72 || (r.data()[1] & 0x7f) > 76) { // not RTCP
                    sent.add(header(r.data()));
                }
            }

            RtpHeader first = sent.getFirst();
            assertThat(first.ssrc).as("the same SSRC").isEqualTo(BOB_SSRC);
            assertThat(first.sequence).as("the next sequence number").isEqualTo((lastSequence + 1) & 0xffff);
            long advanced = (first.timestamp - lastTimestamp) & 0xffffffffL;
            assertThat(advanced).as("timestamp advanced by the time elapsed at 8 kHz since the last relayed packet")
                .isBetween(8 * (terminatedMillis - lastHeardMillis), 8 * (firstArrivalMillis - lastSentMillis + 1));
            assertOneStream(sent);
        }
    }

    /** Packets of bob's stream, each the next: same SSRC, sequence + 1, timestamp + 160 (20 ms at 8 kHz). */
    private static void assertOneStream(List<RtpHeader> sent) {
        for (int i = 1; i < sent.size(); i++) {
            assertThat(sent.get(i).ssrc).isEqualTo(BOB_SSRC);
            assertThat(sent.get(i).sequence).isEqualTo((sent.get(i - 1).sequence + 1) & 0xffff);
            assertThat((sent.get(i).timestamp - sent.get(i - 1).timestamp) & 0xffffffffL).isEqualTo(160);
        }
    }

    private static RtpHeader header(byte[] datagram) {
        RtpHeader h = new RtpHeader();
        assertThat(h.read(ByteBuffer.wrap(datagram))).as("an RTP packet").isTrue();
        return h;
    }

}
