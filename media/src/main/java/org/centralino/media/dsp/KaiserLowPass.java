package org.centralino.media.dsp;

/**
 * Design of a linear-phase low-pass FIR filter by the window method with a Kaiser window (J. F. Kaiser,
 * "Nonrecursive digital filter design using the I0-sinh window function", 1974; the β and length formulas
 * are the ones in Oppenheim &amp; Schafer, Discrete-Time Signal Processing, §7.5.3). The filter has
 * 2·half + 1 taps, is symmetric about tap {@code half} (its group delay in samples) and its DC gain is
 * {@code gain}.
 *
 * @param cutoff the cut-off (the -6 dB point) as a fraction of the filter's sample rate, in (0, 0.5)
 * @param transition the width of the transition band as a fraction of the sample rate
 * @param attenuationDb the stop-band attenuation (and pass-band ripple 10^(-A/20)) aimed at
 */
record KaiserLowPass(double cutoff, double transition, double attenuationDb) {
    /** Terms of the power series of I0 after which the remaining ones are below double precision. */
    private static final int BESSEL_TERMS = 40;

    KaiserLowPass {
        if (!(cutoff > 0 && cutoff < 0.5) || !(transition > 0) || !(attenuationDb > 21)) {
            throw new IllegalArgumentException("Kaiser low-pass needs 0 < cutoff < 0.5, transition > 0 and more"
                + " than 21 dB of attenuation; got " + cutoff + ", " + transition + ", " + attenuationDb);
        }
    }

    /** The Kaiser window's shape parameter β for the attenuation (Kaiser's empirical formula). */
    double beta() {
        double a = attenuationDb;
        if (a > 50) {
            return 0.1102 * (a - 8.7);
        }
        return 0.5842 * Math.pow(a - 21, 0.4) + 0.07886 * (a - 21);
    }

    /** The half-length (taps either side of the centre) the attenuation and transition need. */
    int minimumHalfLength() {
        double order = (attenuationDb - 8) / (2.285 * 2 * Math.PI * transition);
        return (int) Math.ceil(order / 2);
    }

    /** The 2·half + 1 taps, scaled so that they sum to {@code gain}. */
    double[] taps(int half, double gain) {
        double[] h = new double[2 * half + 1];
        double beta = beta();
        double i0Beta = besselI0(beta);
        double sum = 0;
        for (int n = 0; n < h.length; n++) {
            double x = n - half;
            double ratio = x / half;
            double window = besselI0(beta * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / i0Beta;
            double sinc = x == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
            h[n] = sinc * window;
            sum += h[n];
        }
        for (int n = 0; n < h.length; n++) {
            h[n] *= gain / sum;
        }
        return h;
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double term = 1;
        double sum = 1;
        double quarterSquare = x * x / 4;
        for (int k = 1; k < BESSEL_TERMS; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
