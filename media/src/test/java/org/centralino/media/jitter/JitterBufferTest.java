package org.centralino.media.jitter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.Decoder;
import org.centralino.media.codec.G711;
import org.centralino.media.codec.G711Codec;
import org.junit.jupiter.api.Test;

/** Deterministic cases of the jitter buffer: start and stop, packet sizes, late packets, FEC, re-sync, allocation. */
class JitterBufferTest {
    private final short[] out = new short[160];
    private long now;

    private static JitterBuffer g711() {
        return new JitterBuffer(G711Codec.PCMU.newDecoder(CodecParams.NONE), 8000, 8000, JitterConfig.DEFAULTS);
    }

    /** A µ-law payload of {@code samples} bytes whose decoded samples all equal {@code value}. */
    private static byte[] constant(int value, int samples) {
        byte[] p = new byte[samples];
        Arrays.fill(p, G711.linearToUlaw(value));
        return p;
    }

    private JitterBuffer.Playout tick(JitterBuffer buffer) {
        now += 20;
        return buffer.next(out, 0);
    }

    @Test
    void silenceBeforeTheFirstPacketThenAudioAfterTheTargetDelay() {
        JitterBuffer buffer = g711();
        assertThat(tick(buffer)).isEqualTo(JitterBuffer.Playout.SILENCE);
        assertThat(out).containsOnly(0);
        buffer.put(7, 1000, true, constant(1000, 160), 0, 160, now);
        List<JitterBuffer.Playout> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            got.add(tick(buffer));
        }
        assertThat(got).contains(JitterBuffer.Playout.AUDIO);
        assertThat(buffer.stats().received()).isEqualTo(1);
    }

    @Test
    void packetsOf10To60MillisecondsComeOutAsAContinuousStreamOf20MillisecondFrames() {
        for (int packetMs : new int[] {10, 30, 40, 60}) {
            JitterBuffer buffer = g711();
            int samples = packetMs * 8;
            short[] expected = new short[samples * 100];
            List<Short> played = new ArrayList<>();
            int sent = 0;
            for (int t = 0; t < 100 * packetMs + 400; t += 20) {
                while (sent < 100 && sent * packetMs <= t) {
                    // each packet a different level, so the order and the carry are visible in the output
                    byte[] payload = constant(100 * (sent + 1), samples);
                    G711.decodeUlaw(payload, 0, expected, sent * samples, samples);
                    buffer.put(sent, 5000L + (long) sent * samples, sent == 0, payload, 0, samples, sent * packetMs);
                    sent++;
                }
                buffer.next(out, 0);
                for (short s : out) {
                    played.add(s);
                }
            }
            int start = played.indexOf(expected[0]);
            assertThat(start).as("%d ms packets", packetMs).isNotNegative();
            for (int i = 0; i < expected.length; i++) {
                assertThat(played.get(start + i)).as("%d ms packets, sample %d", packetMs, i).isEqualTo(expected[i]);
            }
            assertThat(buffer.stats().lost()).as("%d ms packets", packetMs).isZero();
            assertThat(buffer.stats().underruns()).as("%d ms packets", packetMs).isZero();
        }
    }

    @Test
    void aPacketAfterItsTurnIsDroppedAndCountedLate() {
        JitterBuffer buffer = g711();
        for (int i = 0; i < 50; i++) {
            if (i != 20) {
                buffer.put(i, i * 160L, i == 0, constant(500, 160), 0, 160, now);
            }
            tick(buffer);
        }
        buffer.put(20, 20 * 160L, false, constant(500, 160), 0, 160, now);
        tick(buffer);
        JitterStats stats = buffer.stats();
        assertThat(stats.late()).isEqualTo(1);
        assertThat(stats.lost()).isEqualTo(1);
        assertThat(stats.received()).isEqualTo(50);
    }

    @Test
    void aLostPacketIsConcealedWithTheNextPacketsPayloadForForwardErrorCorrection() {
        List<Integer> concealedWith = new ArrayList<>();
        Decoder recording = new Decoder() {
            @Override
            public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset) {
                Arrays.fill(pcm, pcmOffset, pcmOffset + 960, (short) payload[offset]);
                return 960;
            }

            @Override
            public int conceal(byte[] next, int nextOffset, int nextLength, short[] pcm, int pcmOffset, int samples) {
                concealedWith.add(next == null ? -1 : (int) next[nextOffset]);
                Arrays.fill(pcm, pcmOffset, pcmOffset + samples, (short) 0);
                return samples;
            }
        };
        JitterBuffer buffer = new JitterBuffer(recording, 48_000, 48_000, JitterConfig.DEFAULTS);
        short[] frame = new short[buffer.frameSamples()];
        for (int i = 0; i < 10; i++) {
            if (i != 4) {
                buffer.put(i, i * 960L, i == 0, new byte[] {(byte) i}, 0, 1, i * 20L);
            }
            buffer.next(frame, 0);
        }
        assertThat(concealedWith).contains(5).doesNotContain(6, 7, 8, 9);
        assertThat(buffer.stats().lost()).isEqualTo(1);
    }

    @Test
    void aStoppedStreamFadesToSilenceAndANewTalkspurtPlaysAgain() {
        JitterBuffer buffer = g711();
        for (int i = 0; i < 20; i++) {
            buffer.put(i, i * 160L, i == 0, constant(2000, 160), 0, 160, now);
            tick(buffer);
        }
        List<JitterBuffer.Playout> after = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            after.add(tick(buffer));
        }
        assertThat(after.getLast()).isEqualTo(JitterBuffer.Playout.SILENCE);
        assertThat(out).containsOnly(0);
        // silence suppression: the next talkspurt continues the sequence, its timestamp jumps, marker set
        for (int i = 20; i < 30; i++) {
            buffer.put(i, 100_000 + i * 160L, i == 20, constant(-3000, 160), 0, 160, now);
            tick(buffer);
        }
        assertThat(out).containsOnly(G711.ulawToLinear(G711.linearToUlaw(-3000)));
        assertThat(buffer.stats().lost()).isZero();
        assertThat(buffer.stats().resyncs()).isZero();
    }

    @Test
    void aNewSourceIsTakenUpAfterResetOrAConfirmedSequenceJump() {
        JitterBuffer buffer = g711();
        for (int i = 0; i < 20; i++) {
            buffer.put(i, i * 160L, i == 0, constant(1000, 160), 0, 160, now);
            tick(buffer);
        }
        for (int i = 0; i < 20; i++) { // another SSRC after a transfer: unrelated sequence and timestamps
            buffer.put(40_000 + i, 9_000_000 + i * 160L, i == 0, constant(-1000, 160), 0, 160, now);
            tick(buffer);
        }
        assertThat(out).containsOnly(G711.ulawToLinear(G711.linearToUlaw(-1000)));
        assertThat(buffer.stats().resyncs()).isEqualTo(1);
        buffer.reset();
        for (int i = 0; i < 10; i++) {
            buffer.put(5 + i, i * 160L, i == 0, constant(4000, 160), 0, 160, now);
            tick(buffer);
        }
        assertThat(out).containsOnly(G711.ulawToLinear(G711.linearToUlaw(4000)));
        assertThat(buffer.stats().resyncs()).isEqualTo(2);
    }

    @Test
    void aTimestampJumpInTheMiddleOfAStreamIsNotMistakenForJitter() {
        JitterBuffer buffer = g711();
        for (int i = 0; i < 200; i++) {
            long ts = i < 100 ? i * 160L : 3_000_000_000L + i * 160L; // the sender's clock restarted
            buffer.put(i, ts, false, constant(800 + i, 160), 0, 160, now);
            assertThat(tick(buffer)).as("tick %d", i).isIn(JitterBuffer.Playout.AUDIO, JitterBuffer.Playout.SILENCE);
        }
        JitterStats stats = buffer.stats();
        assertThat(stats.lost() + stats.underruns() + stats.concealed()).isZero();
        assertThat(stats.jitterMillis()).isLessThan(1);
        assertThat(stats.targetMillis()).isEqualTo(JitterConfig.DEFAULT_MIN_DELAY_MILLIS);
    }

    @Test
    void aPayloadLargerThanTheSlotsIsRejected() {
        JitterBuffer buffer = new JitterBuffer(G711Codec.PCMU.newDecoder(CodecParams.NONE), 8000, 8000,
            new JitterConfig(20, 200, 8, 160));
        buffer.put(1, 0, true, new byte[161], 0, 161, 0);
        assertThat(buffer.stats().rejected()).isEqualTo(1);
        assertThat(tick(buffer)).isEqualTo(JitterBuffer.Playout.SILENCE);
    }

    @Test
    void putAndNextAllocateNothing() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        JitterBuffer buffer = g711();
        byte[] payload = constant(1200, 160);
        for (int i = 0; i < 20_000; i++) { // warm-up for the JIT, with a loss every 50 packets
            if (i % 50 != 7) {
                buffer.put(i & 0xFFFF, i * 160L, i == 0, payload, 0, 160, i * 20L);
            }
            buffer.next(out, 0);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 20_000; i < 30_000; i++) {
            if (i % 50 != 7) {
                buffer.put(i & 0xFFFF, i * 160L, false, payload, 0, 160, i * 20L);
            }
            buffer.next(out, 0);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 10 000 packets and ticks").isLessThan(1024);
        assertThat(buffer.stats().lost()).isGreaterThan(500);
    }
}
