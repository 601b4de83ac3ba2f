package org.centralino.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.Decoder;
import org.centralino.media.codec.Encoder;
import org.centralino.media.codec.G722Codec;
import org.centralino.media.dsp.Resampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-stream audio work of transcoding, one operation per 20 ms frame: G.722 encoding (320 samples to
 * 160 octets) and decoding (back), and the resampler between the internal 16 kHz and 8 or 48 kHz. Input is
 * one second of speech-like sound (noise with a wandering resonance and a syllabic envelope), cycled frame by
 * frame, so the ADPCM and the filters run on changing audio with their state carried across frames. Real
 * time needs 50 operations per second per stream; ops/s ÷ 50 is how many streams one core carries.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar TranscodingBenchmark -f 1 -wi 3 -i 3 -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TranscodingBenchmark {
    private static final int FRAMES = 50;
    private static final int FRAME_16K = 320;

    private short[] pcm8k;
    private short[] pcm16k;
    private short[] pcm48k;
    private byte[] g722;
    private final short[] out = new short[960];
    private final byte[] payload = new byte[160];
    private Encoder encoder;
    private Decoder decoder;
    private final Resampler up8to16 = Resampler.of(8000, 16_000);
    private final Resampler down16to8 = Resampler.of(16_000, 8000);
    private final Resampler down48to16 = Resampler.of(48_000, 16_000);
    private final Resampler up16to48 = Resampler.of(16_000, 48_000);
    private int frame;

    @Setup
    public void prepare() {
        pcm8k = speechLike(8000);
        pcm16k = speechLike(16_000);
        pcm48k = speechLike(48_000);
        G722Codec codec = new G722Codec();
        encoder = codec.newEncoder(CodecParams.NONE);
        decoder = codec.newDecoder(CodecParams.NONE);
        g722 = new byte[pcm16k.length / 2];
        Encoder once = codec.newEncoder(CodecParams.NONE);
        if (once.encode(pcm16k, 0, pcm16k.length, g722, 0) != g722.length) {
            throw new IllegalStateException("G.722 did not give one octet per two samples");
        }
    }

    private int next() {
        frame = frame + 1 == FRAMES ? 0 : frame + 1;
        return frame;
    }

    @Benchmark
    public byte[] g722Encode() {
        encoder.encode(pcm16k, next() * FRAME_16K, FRAME_16K, payload, 0);
        return payload;
    }

    @Benchmark
    public short[] g722Decode() {
        decoder.decode(g722, next() * FRAME_16K / 2, FRAME_16K / 2, out, 0);
        return out;
    }

    @Benchmark
    public short[] resample8to16() {
        up8to16.process(pcm8k, next() * 160, 160, out, 0);
        return out;
    }

    @Benchmark
    public short[] resample16to8() {
        down16to8.process(pcm16k, next() * FRAME_16K, FRAME_16K, out, 0);
        return out;
    }

    @Benchmark
    public short[] resample48to16() {
        down48to16.process(pcm48k, next() * 960, 960, out, 0);
        return out;
    }

    @Benchmark
    public short[] resample16to48() {
        up16to48.process(pcm16k, next() * FRAME_16K, FRAME_16K, out, 0);
        return out;
    }

    /** One second of speech-like sound at {@code rate}: resonant noise, 4 Hz syllables, about -20 dBFS. */
    private static short[] speechLike(int rate) {
        SplittableRandom random = new SplittableRandom(rate);
        short[] s = new short[rate];
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < s.length; i++) {
            double t = (double) i / rate;
            double w = 2 * Math.PI * (500 + 2000 * (0.5 + 0.5 * Math.sin(2 * Math.PI * 0.7 * t))) / rate;
            double y = (random.nextDouble() - 0.5) + 2 * 0.97 * Math.cos(w) * y1 - 0.97 * 0.97 * y2;
            y2 = y1;
            y1 = y;
            s[i] = (short) Math.clamp(Math.round(400 * Math.max(0, Math.sin(2 * Math.PI * 4 * t)) * y), -32768, 32767);
        }
        return s;
    }
}
