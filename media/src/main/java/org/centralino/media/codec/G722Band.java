package org.centralino.media.codec;

/**
 * The state one G.722 sub-band carries from sample to sample, shared by encoder and decoder (ITU-T G.722
 * §3.3–§3.6 and §6.2): the logarithmic scale factor and the quantiser scale it gives (blocks 3L/3H), and the
 * adaptive predictor with two poles and six zeros (block 4, identical in both bands). The encoder and the
 * decoder run exactly the same adaptation on the same quantised difference, which is what keeps them in step.
 *
 * <p>Arithmetic is the recommendation's 16-bit fixed point: saturation where §6.2 saturates, arithmetic
 * right shifts for its multiplications ({@code (a * b) >> 15}), sign tests on bit 15 with zero counted
 * positive.
 */
final class G722Band {
    /** Upper bound of the lower band's log scale factor NBL (§3.5, block 3L LOGSCL). */
    static final int LOW_NB_MAX = 18432;
    /** Upper bound of the higher band's log scale factor NBH (§3.5, block 3H LOGSCH). */
    static final int HIGH_NB_MAX = 22528;
    /** SCALEL's exponent offset: DETL = ILB(...) >> (8 - NBL/2^11) (§3.6, block 3L). */
    static final int LOW_SCALE_SHIFT = 8;
    /** SCALEH's exponent offset (§3.6, block 3H). */
    static final int HIGH_SCALE_SHIFT = 10;
    /** Initial quantiser scale DETL (§6.1 reset). */
    static final int LOW_DET_RESET = 32;
    /** Initial quantiser scale DETH (§6.1 reset). */
    static final int HIGH_DET_RESET = 8;

    /** Leakage of the log scale factor, 127/128 (§3.5). */
    private static final int NB_LEAK = 127;
    /** Leakage of the zero predictor coefficients, 1 - 2^-8 in Q15 (UPZERO). */
    private static final int ZERO_LEAK = 32640;
    /** Leakage of the first pole coefficient, 1 - 2^-8 in Q15 (UPPOL1). */
    private static final int POLE1_LEAK = 32640;
    /** Leakage of the second pole coefficient, 1 - 2^-7 in Q15 (UPPOL2). */
    private static final int POLE2_LEAK = 32512;
    /** Stability limit of the second pole coefficient, 0.75 in Q14 (UPPOL2 LIMIT). */
    private static final int POLE2_LIMIT = 12288;
    /** Stability bound of the first pole: |a1| <= 1 - 2^-4 - a2, in Q14 (UPPOL1 LIMIT). */
    private static final int POLE1_BOUND = 15360;
    /** Step of the sign-sign updates: 2^-7 (zeros), 3 * 2^-8 (first pole), 2^-7 (second pole), in Q14/Q15. */
    private static final int ZERO_STEP = 128;
    private static final int POLE1_STEP = 192;
    private static final int POLE2_STEP = 128;
    private static final int ZEROS = 6;

    private final int nbMax;
    private final int scaleShift;
    private final int[] multipliers;
    /** Log scale factor NB and quantiser scale DET. */
    int nb;
    int det;
    /** Signal estimate S(n) = SP + SZ, the zero section's part SZ. */
    int s;
    private int sz;
    /** Reconstructed signal R(n-1) and partially reconstructed P(n-1), P(n-2). */
    private int r1;
    private int p1;
    private int p2;
    /** Pole coefficients A1, A2 and zero coefficients B1..B6. */
    private int a1;
    private int a2;
    private final int[] b = new int[ZEROS];
    /** Quantised differences: d[0] the newest, d[1..6] DQ(n-1..n-6). */
    private final int[] d = new int[ZEROS + 1];

    private G722Band(int nbMax, int scaleShift, int[] multipliers, int detReset) {
        this.nbMax = nbMax;
        this.scaleShift = scaleShift;
        this.multipliers = multipliers;
        this.det = detReset;
    }

    static G722Band lower() {
        return new G722Band(LOW_NB_MAX, LOW_SCALE_SHIFT, G722Tables.WL, LOW_DET_RESET);
    }

    static G722Band higher() {
        return new G722Band(HIGH_NB_MAX, HIGH_SCALE_SHIFT, G722Tables.WH, HIGH_DET_RESET);
    }

    /** The inverse quantiser's output for {@code level} at the current scale: (DET * level) >> 15. */
    int dequantise(int level) {
        return (det * level) >> 15;
    }

    /**
     * Blocks 3L/3H: adapts the log scale factor with the multiplier of the sent code's magnitude
     * (LOGSCL/LOGSCH) and recomputes the quantiser scale from it (SCALEL/SCALEH).
     */
    void adaptScale(int magnitude) {
        int wd = ((nb * NB_LEAK) >> 7) + multipliers[magnitude];
        nb = Math.clamp(wd, 0, nbMax);
        int mantissa = G722Tables.ILB[(nb >> 6) & 31];
        int shift = scaleShift - (nb >> 11);
        det = (shift < 0 ? mantissa << -shift : mantissa >> shift) << 2;
    }

    /** Block 4 for one quantised difference {@code dq}: reconstructs, adapts the predictor and predicts. */
    void predict(int dq) {
        int r = sat16(s + dq);
        int p = sat16(sz + dq);
        updatePoles(p);
        int sp = sat16(((a1 * sat16(r + r)) >> 15) + ((a2 * sat16(r1 + r1)) >> 15));
        r1 = r;
        p2 = p1;
        p1 = p;
        sz = updateZeros(dq);
        s = sat16(sp + sz);
    }

    /** UPPOL2 then UPPOL1 (§3.7): sign-sign adaptation of A2 and A1 with leakage and stability limits. */
    private void updatePoles(int p) {
        boolean differs1 = signDiffers(p, p1);
        int wd = sat16(a1 << 2);
        int term = Math.min(differs1 ? wd : -wd, Short.MAX_VALUE);
        int newA2 = (signDiffers(p, p2) ? -POLE2_STEP : POLE2_STEP) + (term >> 7) + ((a2 * POLE2_LEAK) >> 15);
        newA2 = Math.clamp(newA2, -POLE2_LIMIT, POLE2_LIMIT);
        int newA1 = sat16((differs1 ? -POLE1_STEP : POLE1_STEP) + ((a1 * POLE1_LEAK) >> 15));
        int bound = sat16(POLE1_BOUND - newA2);
        a1 = Math.clamp(newA1, -bound, bound);
        a2 = newA2;
    }

    /** UPZERO, DELAYA and FILTEZ (§3.7): adapts B1..B6 and returns the zero section's estimate SZ. */
    private int updateZeros(int dq) {
        int step = dq == 0 ? 0 : ZERO_STEP;
        d[0] = dq;
        int sum = 0;
        for (int i = ZEROS - 1; i >= 0; i--) {
            int change = signDiffers(d[i + 1], dq) ? -step : step;
            b[i] = sat16(change + ((b[i] * ZERO_LEAK) >> 15));
            sum += (b[i] * sat16(d[i] + d[i])) >> 15;
            d[i + 1] = d[i];
        }
        return sat16(sum);
    }

    private static boolean signDiffers(int x, int y) {
        return ((x ^ y) & 0x8000) != 0;
    }

    /** Saturation to the 16-bit range, as §6.2's arithmetic operators do. */
    static int sat16(int x) {
        return Math.clamp(x, Short.MIN_VALUE, Short.MAX_VALUE);
    }
}
