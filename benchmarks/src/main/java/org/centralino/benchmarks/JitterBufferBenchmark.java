package org.centralino.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.G711Codec;
import org.centralino.media.jitter.JitterBuffer;
import org.centralino.media.jitter.JitterConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The receive path of one G.711 stream through the {@link JitterBuffer}: one operation is one 20 ms media
 * tick, {@code put} of the packet that arrived (a 160-byte PCMU payload) and {@code next} of 20 ms of PCM.
 * {@code network}: {@code clean} (every packet in order), or {@code lossy} (every 20th packet lost, so the
 * G.711 Appendix I concealer runs 5% of the time, and one pair in 10 swapped). Sequence numbers and
 * timestamps run on and wrap. {@code -prof gc}'s gc.alloc.rate.norm is the allocation per tick.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar JitterBuffer -f 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JitterBufferBenchmark {
    private static final int SAMPLES = 160;
    private static final int PATTERN = 1024;

    @Param({"clean", "lossy"})
    public String network;

    private final byte[][] payloads = new byte[PATTERN][SAMPLES];
    private final short[] out = new short[SAMPLES];
    private JitterBuffer buffer;
    private long tick;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        for (byte[] p : payloads) {
            random.nextBytes(p); // noise: never quiet, so drift drops (if any) are not helped by silence
        }
        buffer = new JitterBuffer(G711Codec.PCMU.newDecoder(CodecParams.NONE), 8000, 8000, JitterConfig.DEFAULTS);
    }

    @Benchmark
    public void putAndNext(Blackhole bh) {
        long i = tick++;
        if (network.equals("clean")) {
            put(i);
        } else if (i % 10 == 3) {
            put(i + 1); // arrives before its predecessor
        } else if (i % 10 == 4) {
            put(i - 1);
        } else if (i % 20 != 7) {
            put(i);
        }
        bh.consume(buffer.next(out, 0));
        bh.consume(out[SAMPLES - 1]);
    }

    private void put(long i) {
        buffer.put((int) i & 0xFFFF, (i * SAMPLES) & 0xFFFF_FFFFL, i == 0, payloads[(int) (i % PATTERN)], 0,
            SAMPLES, i * 20);
    }
}
