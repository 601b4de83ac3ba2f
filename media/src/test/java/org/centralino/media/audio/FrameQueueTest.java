package org.centralino.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The single-producer single-consumer frame queue between two media clocks. */
class FrameQueueTest {
    private static short[] frame(int value) {
        short[] f = new short[Pcm.FRAME];
        Arrays.fill(f, (short) value);
        f[0] = (short) -value; // not a constant frame: the whole frame is copied, not its first sample
        return f;
    }

    @Test
    void givesFramesBackInTheOrderWritten() {
        FrameQueue q = new FrameQueue(4);
        short[] out = new short[Pcm.FRAME];
        for (int round = 0; round < 3; round++) { // wraps around the slots
            for (int i = 1; i <= 3; i++) {
                q.write(frame(round * 10 + i));
            }
            for (int i = 1; i <= 3; i++) {
                assertThat(q.poll(out)).isTrue();
                assertThat(out).isEqualTo(frame(round * 10 + i));
            }
        }
        assertThat(q.poll(out)).as("empty again").isFalse();
        assertThat(q.dropped()).isZero();
    }

    @Test
    void aFullQueueDropsTheNewestFramesAndCountsThem() {
        FrameQueue q = new FrameQueue(2);
        short[] out = new short[Pcm.FRAME];
        q.write(frame(1));
        q.write(frame(2));
        q.write(frame(3));
        q.write(frame(4));
        assertThat(q.dropped()).isEqualTo(2);
        assertThat(q.poll(out)).isTrue();
        assertThat(out).isEqualTo(frame(1));
        q.write(frame(5));
        assertThat(q.poll(out)).isTrue();
        assertThat(out).isEqualTo(frame(2));
        assertThat(q.poll(out)).isTrue();
        assertThat(out).as("room again after a poll").isEqualTo(frame(5));
        assertThat(q.poll(out)).isFalse();
        assertThat(q.dropped()).isEqualTo(2);
    }

    @Test
    void writingCopiesTheFrameSoTheProducerMayReuseIt() {
        FrameQueue q = new FrameQueue(2);
        short[] reused = frame(7);
        q.write(reused);
        Arrays.fill(reused, (short) 99);
        short[] out = new short[Pcm.FRAME];
        q.poll(out);
        assertThat(out).isEqualTo(frame(7));
    }

    @Test
    void asASourceItPlaysSilenceWhileEmptyAndNeverEnds() {
        FrameQueue q = new FrameQueue(2);
        short[] out = frame(5);
        assertThat(q.read(out)).as("never ends").isTrue();
        assertThat(out).as("silence").containsOnly((short) 0);
        q.write(frame(3));
        assertThat(q.read(out)).isTrue();
        assertThat(out).isEqualTo(frame(3));
        assertThat(q.read(out)).isTrue();
        assertThat(out).containsOnly((short) 0);
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new FrameQueue(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("capacity 0");
    }

    @Test
    void framesCrossBetweenTwoThreadsWholeInOrderOrCountedAsDropped() throws InterruptedException {
        FrameQueue q = new FrameQueue(8);
        int frames = 50_000;
        Thread producer = Thread.ofPlatform().start(() -> {
            short[] f = new short[Pcm.FRAME];
            for (int i = 1; i <= frames; i++) {
                Arrays.fill(f, (short) i);
                q.write(f);
            }
        });
        short[] out = new short[Pcm.FRAME];
        int received = 0;
        int last = 0;
        boolean whole = true;
        boolean producing = true;
        while (producing) {
            producing = producer.isAlive(); // one last pass after it ended takes what it left
            while (q.poll(out)) {
                received++;
                int value = out[0] & 0xffff;
                whole &= value > last && out[Pcm.FRAME - 1] == out[0] && out[Pcm.FRAME / 2] == out[0];
                last = value;
            }
        }
        producer.join();
        assertThat(whole).as("every frame whole and later than the one before").isTrue();
        assertThat(received + q.dropped()).as("received plus dropped").isEqualTo(frames);
    }
}
