package org.centralino.media.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.centralino.media.audio.Pcm;
import org.centralino.media.audio.SineSource;
import org.junit.jupiter.api.Test;

/** Silence reported after its duration, hangover, and the level of what counts as silence. */
class SilenceDetectorTest {
    private static final double FULL_SCALE_RMS = 32767 / Math.sqrt(2);
    private final SilenceDetector detector =
        new SilenceDetector(-45, Duration.ofSeconds(1), Duration.ofMillis(300));
    private final SineSource voice = new SineSource(440, 32767 * Math.pow(10, -20 / 20.0)); // -20 dBFS
    private final Random random = new Random(60);
    private final List<Long> reports = new ArrayList<>();
    private final List<Boolean> inVoice = new ArrayList<>();

    private void feed(int ms, boolean loud, double noiseDbfs) {
        short[] frame = new short[Pcm.FRAME];
        double sigma = FULL_SCALE_RMS * Math.pow(10, noiseDbfs / 20);
        for (int t = 0; t < ms / Pcm.FRAME_MS; t++) {
            if (loud) {
                voice.read(frame);
            } else {
                for (int i = 0; i < Pcm.FRAME; i++) {
                    frame[i] = Pcm.clip((int) Math.round(sigma * random.nextGaussian()));
                }
            }
            if (detector.process(frame)) {
                reports.add(detector.frames() - 1);
            }
            inVoice.add(detector.inVoice());
        }
    }

    @Test
    void silenceIsReportedOnceWhenItHasLastedItsDurationAfterTheLastLoudFrame() {
        feed(1000, true, 0);          // frames 0-49
        feed(600, false, -120);       // 50-79: too short
        feed(200, true, 0);           // 80-89
        feed(1500, false, -120);      // 90-164: reported at 89 + 50 = 139
        assertThat(reports).containsExactly(139L);
        feed(100, true, 0);           // 165-169: a new run may be reported again
        feed(1200, false, -120);
        assertThat(reports).containsExactly(139L, 219L);
    }

    @Test
    void theHangoverKeepsVoiceForThreeHundredMillisecondsAfterTheLastLoudFrame() {
        feed(500, true, 0);           // frames 0-24
        feed(1000, false, -120);      // 25-74
        assertThat(inVoice.subList(0, 40)).containsOnly(true); // 24 + 15 frames of hangover
        assertThat(inVoice.subList(40, 75)).containsOnly(false);
        assertThat(detector.framesToKeep()).isEqualTo(25 + 15);
        assertThat(detector.heardVoice()).isTrue();
    }

    @Test
    void noiseAtMinus60DbfsIsSilenceAndNoiseAtMinus30IsNot() {
        feed(1400, false, -60);
        assertThat(reports).as("line noise only: silence from the start").containsExactly(49L);
        assertThat(detector.heardVoice()).isFalse();
        assertThat(detector.framesToKeep()).isZero();
        SilenceDetector loudNoise = new SilenceDetector(-45, Duration.ofSeconds(1), Duration.ZERO);
        short[] frame = new short[Pcm.FRAME];
        boolean reported = false;
        for (int t = 0; t < 100; t++) {
            for (int i = 0; i < Pcm.FRAME; i++) {
                frame[i] = (short) Math.round(FULL_SCALE_RMS * Math.pow(10, -30 / 20.0) * random.nextGaussian());
            }
            reported |= loudNoise.process(frame);
        }
        assertThat(reported).as("-30 dBFS noise is not silence").isFalse();
        assertThat(loudNoise.heardVoice()).isTrue();
    }

    @Test
    void theThresholdSitsAtItsLevelInDbfs() {
        SilenceDetector at40 = new SilenceDetector(-40, Duration.ofMillis(20), Duration.ZERO);
        short[] frame = new short[Pcm.FRAME];
        new SineSource(1000, 32767 * Math.pow(10, -39 / 20.0)).read(frame);
        assertThat(at40.process(frame)).as("-39 dBFS is loud").isFalse();
        new SineSource(1000, 32767 * Math.pow(10, -41 / 20.0)).read(frame);
        assertThat(at40.process(frame)).as("-41 dBFS is silence").isTrue();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new SilenceDetector(3, Duration.ofSeconds(1), Duration.ZERO))
            .hasMessageContaining("above full scale");
        assertThatThrownBy(() -> new SilenceDetector(-40, Duration.ZERO, Duration.ZERO))
            .hasMessageContaining("must be positive");
    }
}
