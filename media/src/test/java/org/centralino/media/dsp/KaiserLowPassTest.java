package org.centralino.media.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The filter design on its own: the Bessel function, symmetry, gain and the response it promises. */
class KaiserLowPassTest {

    @Test
    void besselI0MatchesTabulatedValues() {
        assertThat(KaiserLowPass.besselI0(0)).isEqualTo(1.0);
        assertThat(KaiserLowPass.besselI0(1)).isCloseTo(1.2660658777520082, within(1e-15));
        assertThat(KaiserLowPass.besselI0(5)).isCloseTo(27.239871823604442, within(1e-12));
    }

    @Test
    void tapsAreSymmetricSumToTheGainAndMeetTheAttenuation() {
        KaiserLowPass design = new KaiserLowPass(0.2, 0.05, 60);
        int half = design.minimumHalfLength();
        double[] h = design.taps(half, 3);
        double sum = 0;
        for (int n = 0; n < h.length; n++) {
            assertThat(h[n]).isCloseTo(h[h.length - 1 - n], within(1e-15));
            sum += h[n];
        }
        assertThat(sum).isCloseTo(3, within(1e-12));
        assertThat(response(h, 0.175) / 3).as("pass band edge").isCloseTo(1, within(0.002));
        assertThat(20 * Math.log10(response(h, 0.225) / 3)).as("stop band edge, dB").isLessThan(-58);
        assertThat(20 * Math.log10(response(h, 0.4) / 3)).as("deep stop band, dB").isLessThan(-58);
    }

    @Test
    void impossibleDesignsAreRefused() {
        assertThatThrownBy(() -> new KaiserLowPass(0.6, 0.05, 60)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("cutoff");
    }

    /** |H(f)| at {@code f} cycles per sample. */
    private static double response(double[] h, double f) {
        double re = 0;
        double im = 0;
        for (int n = 0; n < h.length; n++) {
            re += h[n] * Math.cos(2 * Math.PI * f * n);
            im += h[n] * Math.sin(2 * Math.PI * f * n);
        }
        return Math.hypot(re, im);
    }
}
