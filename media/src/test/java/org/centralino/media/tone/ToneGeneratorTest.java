package org.centralino.media.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centralino.media.audio.Signals;
import org.junit.jupiter.api.Test;

/** The national tones as a caller would measure them: frequency, level and cadence in the generated audio. */
class ToneGeneratorTest {
    private static final int RATE = 8000;

    private static short[] play(Tone tone, int ms) {
        ToneGenerator g = new ToneGenerator(tone, RATE);
        short[] pcm = new short[RATE * ms / 1000];
        for (int at = 0; at < pcm.length; at += 160) { // 20 ms frames, as the media clock asks for them
            g.fill(pcm, at, Math.min(160, pcm.length - at));
        }
        return pcm;
    }

    /** Goertzel power of {@code hz} over samples [from, to), normalised by the window's energy. */
    private static double share(short[] pcm, int from, int to, double hz) {
        double k = 2 * Math.cos(2 * Math.PI * hz / RATE);
        double s1 = 0;
        double s2 = 0;
        double energy = 0;
        for (int i = from; i < to; i++) {
            double s = pcm[i] + k * s1 - s2;
            s2 = s1;
            s1 = s;
            energy += (double) pcm[i] * pcm[i];
        }
        double power = s1 * s1 + s2 * s2 - k * s1 * s2;
        return energy == 0 ? 0 : 2 * power / ((to - from) * energy);
    }

    private static int ms(int millis) {
        return RATE * millis / 1000;
    }

    @Test
    void italianRingbackIs425HzOneSecondOnFourOff() {
        short[] pcm = play(TonePlan.ITALY.ringback(), 10_000);
        assertThat(share(pcm, ms(100), ms(900), 425)).as("425 Hz while on").isGreaterThan(0.9);
        assertThat(Signals.rms(pcm, ms(1100), ms(4900))).as("silent while off").isZero();
        assertThat(share(pcm, ms(5100), ms(5900), 425)).as("the next burst, 5 s later").isGreaterThan(0.9);
        assertThat(Signals.rms(pcm, ms(6100), ms(9900))).isZero();
    }

    @Test
    void italianBusyAndCongestionDifferOnlyInCadence() {
        short[] busy = play(TonePlan.ITALY.busy(), 2000);
        short[] congestion = play(TonePlan.ITALY.congestion(), 2000);
        assertThat(Signals.rms(busy, ms(50), ms(450))).isPositive();
        assertThat(Signals.rms(busy, ms(550), ms(950))).isZero();
        assertThat(Signals.rms(congestion, ms(20), ms(180))).isPositive();
        assertThat(Signals.rms(congestion, ms(220), ms(380))).isZero();
        assertThat(Signals.rms(congestion, ms(420), ms(580))).isPositive();
    }

    @Test
    void usDialToneIsTwoFrequenciesContinuous() {
        short[] pcm = play(TonePlan.US.dial(), 1000);
        assertThat(share(pcm, 0, pcm.length, 350)).isBetween(0.4, 0.6);
        assertThat(share(pcm, 0, pcm.length, 440)).isBetween(0.4, 0.6);
        assertThat(share(pcm, 0, pcm.length, 425)).isLessThan(0.05);
    }

    @Test
    void levelIsMinus13Dbm0PerFrequency() {
        short[] pcm = play(TonePlan.EUROPE.dial(), 1000);
        double expectedRms = 32767 * Math.pow(10, (-13 - ToneGenerator.DBM0_FULL_SCALE) / 20) / Math.sqrt(2);
        assertThat(Signals.rms(pcm, 0, pcm.length))
            .isCloseTo(expectedRms, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void plansAreFoundByCountryAndBadTonesAreRefused() {
        assertThat(TonePlan.of("IT")).isSameAs(TonePlan.ITALY);
        assertThatThrownBy(() -> TonePlan.of("xx")).hasMessageContaining("it");
        assertThatThrownBy(() -> Tone.of("odd", new int[] {425}, 100)).hasMessageContaining("on/off pairs");
        assertThatThrownBy(() -> Tone.of("high", new int[] {9000})).hasMessageContaining("20-4000");
    }
}
