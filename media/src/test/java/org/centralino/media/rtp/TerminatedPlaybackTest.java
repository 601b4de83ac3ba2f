package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Signals;
import org.centralino.media.audio.SineSource;
import org.centralino.media.codec.G711Codec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the PBX itself sends a terminated leg that is not bridged: a source it plays, or the phone's own voice. */
class TerminatedPlaybackTest {
    private static final int RATE = 8000;
    private static final int SAMPLES_PER_PACKET = RATE / 1000 * CodecPhone.PACKET_MS;
    private static final double AMPLITUDE = 8000;

    private final RtpEngine engine = TestEngines.started();

    @AfterEach
    void stop() {
        engine.stop();
    }

    /** A tone that ends after {@code frames} frames and counts its closes. */
    private static final class ShortTone implements AudioSource {
        private final SineSource sine;
        private int left;
        final AtomicInteger closes = new AtomicInteger();

        ShortTone(double hz, int frames) {
            this.sine = new SineSource(hz, AMPLITUDE);
            this.left = frames;
        }

        @Override
        public boolean read(short[] frame) {
            if (left-- <= 0) {
                java.util.Arrays.fill(frame, (short) 0);
                return false;
            }
            return sine.read(frame);
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    /** A source that fails on its fifth frame (a broken file): it is stopped, the session goes on. */
    @Test
    void aSourceThatThrowsIsStoppedAndItsEndReportedOnceAndStoppingRunsOnEndAtOnce() throws IOException {
        try (CodecPhone alice = new CodecPhone(G711Codec.PCMU, 0, 0xA11CE)) {
            AtomicInteger ends = new AtomicInteger();
            AtomicInteger stopped = new AtomicInteger();
            AudioSource broken = new AudioSource() {
                private int frames;

                @Override
                public boolean read(short[] frame) {
                    if (++frames == 5) {
                        throw new IllegalStateException("unreadable file");
                    }
                    java.util.Arrays.fill(frame, (short) 1000);
                    return true;
                }
            };
            try (RelaySession s = engine.createSession(alice.address(), null, RelayListener.NONE)) {
                s.terminate(Side.A, StreamFormat.of(G711Codec.PCMU, 0));
                s.play(Side.A, broken, ends::incrementAndGet);
                await().atMost(Duration.ofSeconds(3)).until(() -> ends.get() == 1);
                s.play(Side.A, null, stopped::incrementAndGet);
                await().atMost(Duration.ofSeconds(3)).until(() -> stopped.get() == 1);
                ShortTone tone = new ShortTone(1000, 10);
                AtomicInteger toneEnds = new AtomicInteger();
                s.play(Side.A, tone, toneEnds::incrementAndGet);
                await("the leg still plays after the failure").atMost(Duration.ofSeconds(3))
                    .until(() -> toneEnds.get() == 1);
            }
            assertThat(ends).hasValue(1);
        }
    }

    @Test
    void playsASourceToTheLegAndReportsItsEndOnce() throws IOException {
        try (CodecPhone alice = new CodecPhone(G711Codec.PCMU, 0, 0xA11CE)) {
            ShortTone tone = new ShortTone(1000, 25); // 500 ms
            AtomicInteger ends = new AtomicInteger();
            try (RelaySession s = engine.createSession(alice.address(), null, RelayListener.NONE)) {
                s.terminate(Side.A, StreamFormat.of(G711Codec.PCMU, 0));
                s.play(Side.A, tone, ends::incrementAndGet);
                await().atMost(Duration.ofSeconds(3)).until(() -> ends.get() == 1);
                alice.listen(Duration.ofMillis(300));
            }
            assertThat(ends).as("onEnd runs once, also after the session closed").hasValue(1);
            assertThat(tone.closes).as("the ended source is closed").hasPositiveValue();

            short[] heard = alice.heard(0);
            int toneStart = firstLoud(heard);
            assertThat(toneStart).as("the tone arrived").isNotNegative();
            double during = Signals.amplitude(heard, toneStart, toneStart + RATE * 2 / 5, 1000, RATE);
            assertThat(during).as("1 kHz while playing").isBetween(0.8 * AMPLITUDE, 1.2 * AMPLITUDE);
            int afterEnd = toneStart + RATE / 2 + 2 * SAMPLES_PER_PACKET;
            assertThat(heard.length).as("packets after the end").isGreaterThan(afterEnd + RATE / 5);
            assertThat(Signals.rms(heard, afterEnd, heard.length)).as("silence after the end").isLessThan(50);
        }
    }

    @Test
    void echoSendsThePhoneItsOwnVoice() throws IOException {
        try (CodecPhone alice = new CodecPhone(G711Codec.PCMU, 0, 0xA11CE);
             RelaySession s = engine.createSession(alice.address(), null, RelayListener.NONE)) {
            s.terminate(Side.A, StreamFormat.of(G711Codec.PCMU, 0));
            s.echo(Side.A, true);
            CodecPhone.paced(60, i -> {
                alice.sendTone(600, AMPLITUDE, s.endpoint(Side.A).localRtp());
                alice.drain();
            });
            alice.drain();

            short[] heard = alice.heard(0);
            int to = heard.length - SAMPLES_PER_PACKET * 5;
            int from = to - RATE / 2;
            assertThat(from).as("enough audio came back").isPositive();
            assertThat(Signals.amplitude(heard, from, to, 600, RATE)).as("its own 600 Hz")
                .isBetween(0.8 * AMPLITUDE, 1.2 * AMPLITUDE);
        }
    }

    private static int firstLoud(short[] pcm) {
        for (int i = 0; i < pcm.length; i++) {
            if (Math.abs(pcm[i]) > AMPLITUDE / 4) {
                return i;
            }
        }
        return -1;
    }
}
