package org.centralino.benchmarks;

import java.util.concurrent.TimeUnit;
import org.centralino.media.codec.AudioCodec;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.CodecRegistry;
import org.centralino.media.codec.Decoder;
import org.centralino.media.codec.Encoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding and decoding one 20 ms packet with the native codecs (Opus through libopus at 48 kHz,
 * {@code OPUS_APPLICATION_VOIP}, complexity 9, 32 kbit/s, our own offer's fmtp; G.729 through bcg729), on
 * one second of speech-like sound (voiced "syllables" of 120/180/240 Hz pitch) played in a loop. One
 * operation is one packet, so ops/s × 0.02 is how many times faster than real time one core runs the
 * codec, i.e. how many streams one core could encode (or decode). {@code -prof gc}'s gc.alloc.rate.norm is
 * the allocation per packet: the codecs copy through preallocated native buffers and should allocate
 * nothing. Run: {@code java -jar benchmarks/target/benchmarks.jar NativeCodec -f 1 -wi 3 -i 3 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class NativeCodecBenchmark {
    private static final int PACKETS = 50;

    @Param({"opus", "G729"})
    public String codec;

    private Encoder encoder;
    private Decoder decoder;
    private short[] audio;
    private int packetSamples;
    private byte[][] packets;
    private int[] lengths;
    private final byte[] out = new byte[4000];
    private final short[] pcm = new short[5760];
    private int next;

    @Setup(Level.Trial)
    public void start() {
        AudioCodec c = CodecRegistry.detect().codecs().stream().filter(x -> x.encoding().equals(codec)).findFirst()
            .orElseThrow(() -> new IllegalStateException(codec + " is not available on this machine"));
        CodecParams ours = CodecParams.parse(c.defaultFmtp());
        encoder = c.newEncoder(ours);
        decoder = c.newDecoder(ours);
        packetSamples = c.sampleRate() / 50;
        audio = SpeechLike.voiced(c.sampleRate(), PACKETS * packetSamples);
        packets = new byte[PACKETS][];
        lengths = new int[PACKETS];
        try (Encoder first = c.newEncoder(ours)) {
            for (int i = 0; i < PACKETS; i++) {
                lengths[i] = first.encode(audio, i * packetSamples, packetSamples, out, 0);
                packets[i] = java.util.Arrays.copyOf(out, lengths[i]);
            }
        }
    }

    /** One 20 ms packet encoded. */
    @Benchmark
    public int encode() {
        int i = next;
        next = (i + 1) % PACKETS;
        return encoder.encode(audio, i * packetSamples, packetSamples, out, 0);
    }

    /** One 20 ms packet decoded. */
    @Benchmark
    public int decode() {
        int i = next;
        next = (i + 1) % PACKETS;
        return decoder.decode(packets[i], 0, lengths[i], pcm, 0);
    }

    @TearDown(Level.Trial)
    public void stop() {
        encoder.close();
        decoder.close();
    }
}
