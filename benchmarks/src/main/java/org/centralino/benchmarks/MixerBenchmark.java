package org.centralino.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.centralino.media.audio.AudioSink;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;
import org.centralino.media.mix.Mixer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One media-clock tick of an N-party conference: every party's source gives a 20 ms frame (a copy of
 * prepared noise, standing in for a jitter buffer's decoded audio) and every party's sink takes its mix. With
 * {@code talkers=all} every party speaks (the worst case: each listener's mix is the sum minus its own voice);
 * with {@code talkers=2} two speak and the others are silent, as in a real conference, so the silent majority
 * share one saturated sum. The cost per party is the score divided by {@code parties}; one core keeps up with
 * 20 ms / that cost parties in real time. {@code -prof gc}'s gc.alloc.rate.norm is the allocation per tick.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar Mixer -f 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MixerBenchmark {
    /** Prepared frames per party, cycled so the branch predictor does not learn one frame. */
    private static final int FRAMES = 8;

    @Param({"3", "10", "50"})
    public int parties;

    @Param({"all", "2"})
    public String talkers;

    private Mixer mixer;
    private long checksum;

    /** Plays prepared noise frames at about -20 dBFS, or silence. */
    private static final class PreparedSource implements AudioSource {
        private final short[][] frames;
        private int next;

        PreparedSource(Random random, boolean talking) {
            frames = new short[FRAMES][Pcm.FRAME];
            for (short[] f : frames) {
                for (int i = 0; i < f.length && talking; i++) {
                    f[i] = (short) (random.nextGaussian() * 2300);
                }
            }
        }

        @Override
        public boolean read(short[] frame) {
            System.arraycopy(frames[next], 0, frame, 0, Pcm.FRAME);
            next = (next + 1) % FRAMES;
            return true;
        }
    }

    @Setup(Level.Trial)
    public void start() {
        mixer = new Mixer("bench");
        Random random = new Random(1);
        int speaking = "all".equals(talkers) ? parties : Integer.parseInt(talkers);
        AudioSink sink = frame -> checksum += frame[17];
        for (int i = 0; i < parties; i++) {
            mixer.add("p" + i, new PreparedSource(random, i < speaking), sink);
        }
        mixer.mix();
    }

    @Benchmark
    public long tick() {
        mixer.mix();
        return checksum;
    }
}
