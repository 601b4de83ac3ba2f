package org.centralino.media.codec;

/**
 * The 24-tap quadrature mirror filter of ITU-T G.722 (§2.3, §4.3, coefficients in table 11): the transmit
 * side splits two 16 kHz samples into one lower and one higher sub-band sample at 8 kHz; the receive side
 * merges them back. Each instance holds the last 12 sample pairs of one direction (an encoder or a decoder
 * uses one instance in one direction only).
 *
 * <p>Scaling follows the common 16-bit-input convention (spandsp and the G.722 implementations that
 * interoperate with it, checked bit for bit against spandsp 0.0.6) rather than the recommendation's 14-bit
 * input: analysis divides by 2^14 and synthesis by 2^11, and the synthesis result is truncated to 16 bits
 * with two's-complement wrap-around (not saturated), so an extreme bitstream overflows exactly as theirs
 * does and both ends stay bit-identical.
 */
final class G722Qmf {
    private static final int PAIRS = 12;
    private static final int ANALYSIS_SHIFT = 14;
    private static final int SYNTHESIS_SHIFT = 11;

    /** Two delay lines of 12 pairs, each written twice (at i and i + 12) so a window is contiguous. */
    private final int[] first = new int[2 * PAIRS];
    private final int[] second = new int[2 * PAIRS];
    private int pos;
    /** The lower and higher sub-band samples of the last {@link #analyse} call. */
    private int low;
    private int high;

    /** Transmit QMF (§2.3): takes input samples x(2j) and x(2j+1); results in {@link #low()}, {@link #high()}. */
    void analyse(int earlier, int later) {
        push(earlier, later);
        int sumEven = 0;
        int sumOdd = 0;
        for (int k = 0; k < PAIRS; k++) {
            sumEven += first[pos + k] * G722Tables.QMF[2 * k];
            sumOdd += second[pos + k] * G722Tables.QMF[2 * k + 1];
        }
        low = (short) ((sumOdd + sumEven) >> ANALYSIS_SHIFT);
        high = (short) ((sumOdd - sumEven) >> ANALYSIS_SHIFT);
    }

    int low() {
        return low;
    }

    int high() {
        return high;
    }

    /**
     * Receive QMF (§4.3): from reconstructed sub-band samples RL and RH writes two output samples, the
     * earlier at {@code out[at]}.
     */
    void synthesise(int rl, int rh, short[] out, int at) {
        push(rl + rh, rl - rh);
        int sumEven = 0;
        int sumOdd = 0;
        for (int k = 0; k < PAIRS; k++) {
            sumEven += first[pos + k] * G722Tables.QMF[2 * k];
            sumOdd += second[pos + k] * G722Tables.QMF[2 * k + 1];
        }
        out[at] = (short) (sumOdd >> SYNTHESIS_SHIFT);
        out[at + 1] = (short) (sumEven >> SYNTHESIS_SHIFT);
    }

    private void push(int a, int b) {
        first[pos] = a;
        first[pos + PAIRS] = a;
        second[pos] = b;
        second[pos + PAIRS] = b;
        pos = pos + 1 == PAIRS ? 0 : pos + 1;
    }
}
