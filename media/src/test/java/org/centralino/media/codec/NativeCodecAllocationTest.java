package org.centralino.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §2: the per-packet path allocates nothing. The native codecs copy through preallocated native
 * buffers; measured with the JVM's per-thread allocation counter after a warm-up that lets the JIT compile
 * the path (the JMH benchmark NativeCodecBenchmark measures the same with -prof gc).
 */
class NativeCodecAllocationTest {
    private static final int WARM_UP_PACKETS = 3_000;
    private static final int MEASURED_PACKETS = 2_000;
    /** Far below one small object per packet (2,000 packets x 16 bytes = 32 KB). */
    private static final long ALLOWED_BYTES = 8 * 1024;

    @Test
    void encodingAndDecodingOpusPacketsAllocatesAlmostNothing() {
        OpusCodec opus = NativeCodecs.opus();
        short[] audio = Signals.voiced(48_000, new double[] {120, 180, 240}, 9600, 5, 12_000);
        try (Encoder encoder = opus.newEncoder(CodecParams.parse(OpusCodec.FMTP));
             Decoder decoder = opus.newDecoder(CodecParams.NONE)) {
            assertThat(allocatedWhileCoding(encoder, decoder, audio, 960)).isLessThan(ALLOWED_BYTES);
        }
    }

    @Test
    void encodingAndDecodingG729PacketsAllocatesAlmostNothing() {
        G729Codec g729 = NativeCodecs.g729();
        short[] audio = Signals.voiced(8_000, new double[] {120, 180, 240}, 1600, 5, 12_000);
        try (Encoder encoder = g729.newEncoder(CodecParams.NONE); Decoder decoder = g729.newDecoder(CodecParams.NONE)) {
            assertThat(allocatedWhileCoding(encoder, decoder, audio, 160)).isLessThan(ALLOWED_BYTES);
        }
    }

    /** Bytes this thread allocated encoding, decoding and concealing {@link #MEASURED_PACKETS} packets. */
    private static long allocatedWhileCoding(Encoder encoder, Decoder decoder, short[] audio, int packet) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] payload = new byte[4000];
        short[] pcm = new short[5760];
        code(encoder, decoder, audio, packet, payload, pcm, WARM_UP_PACKETS);
        long thread = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(thread);
        long checksum = code(encoder, decoder, audio, packet, payload, pcm, MEASURED_PACKETS);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(checksum).as("the packets carried sound").isPositive();
        return allocated;
    }

    private static long code(Encoder encoder, Decoder decoder, short[] audio, int packet, byte[] payload,
                             short[] pcm, int packets) {
        long checksum = 0;
        int perLoop = audio.length / packet;
        for (int i = 0; i < packets; i++) {
            int at = i % perLoop * packet;
            int length = encoder.encode(audio, at, packet, payload, 0);
            if (i % 10 == 9) {
                decoder.conceal(payload, 0, length, pcm, 0, packet);
            } else {
                decoder.decode(payload, 0, length, pcm, 0);
            }
            checksum += Math.abs(pcm[packet / 2]);
        }
        return checksum;
    }
}
