package org.centralino.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneAnalysisTest {
    @TempDir
    Path tmp;

    private ToneAnalysis analyse(int rate, int channels, short[] mono) throws IOException {
        short[] samples = new short[mono.length * channels];
        for (int i = 0; i < mono.length; i++) {
            for (int c = 0; c < channels; c++) {
                samples[i * channels + c] = mono[i];
            }
        }
        Path file = tmp.resolve("rec-" + System.nanoTime() + ".wav");
        new WavFile(rate, channels, samples).write(file);
        return ToneAnalysis.of(file);
    }

    @Test
    void aPureToneIsFoundAndNothingElse() throws Exception {
        ToneAnalysis a = analyse(8000, 1, Tones.sine(440, 2, 8000, 0.5));

        assertThat(a.seconds()).isCloseTo(2, within(0.001));
        assertThat(a.rms()).isCloseTo(0.5 / Math.sqrt(2), within(0.01));
        assertThat(a.dominantFrequency()).isCloseTo(440, within(20.0));
        assertThat(a.toneFraction(440)).as(a.describe(440)).isGreaterThan(0.95);
        assertThat(a.toneFraction(1000)).isLessThan(0.01);
        assertThat(a.secondsOfTone(440, 0.9)).isCloseTo(2, within(0.06));
        assertThat(a.longestTone(440, 0.9)).isCloseTo(2, within(0.06));
        assertThat(a.containsTone(440, Duration.ofMillis(1900), 20)).isTrue();
        assertThat(a.containsTone(1000, Duration.ofMillis(100), 0)).isFalse();
    }

    @Test
    void wideBandRatesAndStereoWork() throws Exception {
        ToneAnalysis wide = analyse(16000, 2, Tones.sine(1000, 1, 16000, 0.3));
        ToneAnalysis full = analyse(48000, 1, Tones.sine(1000, 1, 48000, 0.3));

        for (ToneAnalysis a : new ToneAnalysis[] {wide, full}) {
            assertThat(a.seconds()).isCloseTo(1, within(0.001));
            assertThat(a.dominantFrequency()).as(a.describe(1000)).isCloseTo(1000, within(20.0));
            assertThat(a.toneFraction(1000)).isGreaterThan(0.95);
            assertThat(a.toneFraction(440)).isLessThan(0.01);
        }
    }

    @Test
    void aToneBetweenTheBinsIsStillFound() throws Exception {
        ToneAnalysis a = analyse(8000, 1, Tones.sine(447, 1, 8000, 0.5));

        assertThat(a.toneFraction(440)).as(a.describe(440)).isGreaterThan(0.8);
        assertThat(a.toneFraction(480)).isLessThan(0.1);
    }

    @Test
    void silenceAndAnEmptyRecordingHoldNoTone() throws Exception {
        for (ToneAnalysis a : new ToneAnalysis[] {analyse(8000, 1, Tones.silence(2, 8000)),
            analyse(8000, 1, new short[0])}) {
            assertThat(a.rms()).isZero();
            assertThat(a.rmsDbfs()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(a.dominantFrequency()).isNaN();
            assertThat(a.toneFraction(440)).isZero();
            assertThat(a.secondsOfTone(440, 0.1)).isZero();
            assertThat(a.containsTone(440, Duration.ofMillis(50), -20)).isFalse();
        }
    }

    @Test
    void aVeryQuietToneCountsAsSilence() throws Exception {
        ToneAnalysis a = analyse(8000, 1, Tones.sine(440, 1, 8000, 0.001));

        assertThat(a.toneFraction(440)).as("the tone is all there is").isGreaterThan(0.9);
        assertThat(a.secondsOfTone(440, 0.5)).as("but below %s dBFS", ToneAnalysis.SILENCE_DBFS).isZero();
    }

    @Test
    void whiteNoiseIsNoTone() throws Exception {
        ToneAnalysis a = analyse(8000, 1, Tones.noise(2, 8000, 0.5, 42));

        assertThat(a.rmsDbfs()).isCloseTo(20 * Math.log10(0.5 / Math.sqrt(3)), within(0.5));
        assertThat(a.toneFraction(440)).isLessThan(0.05);
        assertThat(a.secondsOfTone(440, 0.5)).isZero();
        assertThat(a.containsTone(1000, Duration.ofMillis(50), 0)).isFalse();
    }

    @Test
    void twoEqualTonesShareThePower() throws Exception {
        ToneAnalysis a = analyse(8000, 1, Tones.mix(Tones.sine(440, 2, 8000, 0.3), Tones.sine(1000, 2, 8000, 0.3)));

        assertThat(a.toneFraction(440)).as(a.describe(440, 1000)).isCloseTo(0.5, within(0.05));
        assertThat(a.toneFraction(1000)).isCloseTo(0.5, within(0.05));
        assertThat(a.dominantFrequency()).isIn(440.0, 1000.0);
        assertThat(a.containsTone(440, Duration.ofSeconds(1), 10)).as("each is 0 dB over the other").isFalse();
        assertThat(a.containsTone(440, Duration.ofSeconds(1), -1)).isTrue();
    }

    @Test
    void theSignalToNoiseRatioDecides() throws Exception {
        // a 0.5 sine has power 0.125; uniform noise of amplitude a has a²/3: 0.0125 is 10 dB under the tone
        short[] tone = Tones.sine(440, 2, 8000, 0.5);
        short[] noise = Tones.noise(2, 8000, Math.sqrt(3 * 0.0125), 7);
        ToneAnalysis a = analyse(8000, 1, Tones.mix(tone, noise));

        assertThat(a.containsTone(440, Duration.ofMillis(1800), 7)).as(a.describe(440)).isTrue();
        assertThat(a.containsTone(440, Duration.ofMillis(500), 13)).isFalse();
    }

    @Test
    void aToneInTheSecondHalfLastsHalfTheRecording() throws Exception {
        ToneAnalysis a = analyse(8000, 1, Tones.concat(Tones.silence(1, 8000), Tones.sine(1000, 1, 8000, 0.4),
            Tones.noise(0.5, 8000, 0.4, 1), Tones.sine(1000, 0.5, 8000, 0.4)));

        assertThat(a.secondsOfTone(1000, 0.9)).isCloseTo(1.5, within(0.11));
        assertThat(a.longestTone(1000, 0.9)).isCloseTo(1.0, within(0.11));
        assertThat(a.containsTone(1000, Duration.ofMillis(1400), 20)).isTrue();
        assertThat(a.containsTone(1000, Duration.ofMillis(1600), 20)).isFalse();
    }

    @Test
    void aG711RoundTripKeepsTheTone() throws Exception {
        short[] decoded = Tones.ulawDecode(Tones.ulaw(Tones.sine(440, 1, 8000, 0.5)));
        ToneAnalysis a = analyse(8000, 1, decoded);

        assertThat(a.toneFraction(440)).as(a.describe(440)).isGreaterThan(0.95);
        assertThat(a.containsTone(440, Duration.ofMillis(900), 30)).isTrue();
    }
}
