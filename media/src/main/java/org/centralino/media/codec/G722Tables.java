package org.centralino.media.codec;

/**
 * The constants of ITU-T G.722 (11/88, and its 2012 revision) for the 64 kbit/s mode: the 24 QMF
 * coefficients (table 11), the lower sub-band's decision levels and output levels (tables 6 and 7), the
 * 4-bit inverse quantiser the predictor uses (table 7's 4-bit column), the logarithmic scale factor
 * multipliers (tables 8 and 12) and the inverse-log table (§3.6, ILB). Where the recommendation gives a
 * table per code, the per-code arrays here are built from the per-level values so that the code assignment
 * (§3.2.2, table 6) is written once.
 */
final class G722Tables {
    /** QMF coefficients h0..h23 (table 11, scaled by 2^13); symmetric, h(i) = h(23 - i). */
    static final int[] QMF = {
        3, -11, -11, 53, 12, -156, 32, 362, -210, -805, 951, 3876,
        3876, 951, -805, -210, 362, 32, -156, 12, 53, -11, -11, 3,
    };

    /** Lower sub-band decision levels Q6(i), i = 0..29, scaled by 2^3 (table 6, column "mil"). */
    static final int[] Q6 = {
        0, 35, 72, 110, 150, 190, 233, 276, 323, 370, 422, 473, 530, 587, 650,
        714, 786, 858, 940, 1023, 1121, 1219, 1339, 1458, 1612, 1765, 1980, 2195, 2557, 2919,
    };

    /** Number of quantiser intervals of the 6-bit lower sub-band quantiser per sign (table 6). */
    static final int LOW_INTERVALS = 30;

    /** Magnitudes of the 6-bit inverse quantiser's outputs for intervals 1..30 (table 7, QQ6 scaled). */
    private static final int[] QQ6 = {
        136, 432, 728, 1040, 1360, 1688, 2032, 2400, 2776, 3168, 3576, 4008, 4464, 4944, 5456,
        6000, 6576, 7192, 7856, 8576, 9360, 10232, 11192, 12280, 13512, 14984, 16704, 19008, 21904, 24808,
    };

    /** Magnitudes of the 4-bit inverse quantiser's outputs for levels 1..7 (table 7, QQ4 scaled). */
    private static final int[] QQ4 = {1200, 2584, 4240, 6288, 8968, 12896, 20456};

    /** Lower sub-band log scale factor multipliers W(IL4) by 3-bit magnitude (table 8). */
    static final int[] WL = {-60, -30, 58, 172, 334, 538, 1198, 3042};

    /** Higher sub-band inverse quantiser outputs QQ2 by 2-bit code IH (table 10, scaled). */
    static final int[] QM2 = {-7408, -1616, 7408, 1616};

    /** Higher sub-band log scale factor multipliers W(IH2), by {@link #RH2}'s magnitude (table 12). */
    static final int[] WH = {0, -214, 798};

    /** Magnitude (1 inner, 2 outer level) of each 2-bit higher sub-band code IH (table 10). */
    static final int[] RH2 = {2, 1, 2, 1};

    /** Inverse-log table ILB (§3.6.2, block 3L SCALEL): 2^(i/32) scaled by 2^11, rounded as specified. */
    static final int[] ILB = {
        2048, 2093, 2139, 2186, 2233, 2282, 2332, 2383, 2435, 2489, 2543, 2599, 2656, 2714, 2774, 2834,
        2896, 2960, 3025, 3091, 3158, 3228, 3298, 3371, 3444, 3520, 3597, 3676, 3756, 3838, 3922, 4008,
    };

    /** The 6-bit code IL for a positive difference in interval i (1..30): 61 down to 32 (table 6). */
    static final int[] CODE_POSITIVE = new int[LOW_INTERVALS + 1];
    /** The 6-bit code IL for a negative difference in interval i (1..30): 63, 62, then 31 down to 4. */
    static final int[] CODE_NEGATIVE = new int[LOW_INTERVALS + 1];
    /** 6-bit inverse quantiser output by code IL; codes 0..3 are never sent and decode as -QQ6(1). */
    static final int[] QM6 = new int[64];
    /** 4-bit inverse quantiser output by code IL4 = IL >> 2; codes 0 and 15 are the zero level. */
    static final int[] QM4 = new int[16];
    /** 3-bit magnitude of each 4-bit code IL4, the index into {@link #WL} (table 8). */
    static final int[] RL42 = new int[16];

    static {
        for (int i = 1; i <= LOW_INTERVALS; i++) {
            CODE_POSITIVE[i] = 62 - i;
            CODE_NEGATIVE[i] = i <= 2 ? 64 - i : 34 - i;
            QM6[CODE_POSITIVE[i]] = QQ6[i - 1];
            QM6[CODE_NEGATIVE[i]] = -QQ6[i - 1];
        }
        for (int code = 0; code < 4; code++) {
            QM6[code] = -QQ6[0];
        }
        for (int level = 1; level <= 7; level++) {
            QM4[15 - level] = QQ4[level - 1]; // positive codes 14 (smallest) down to 8 (largest)
            QM4[8 - level] = -QQ4[level - 1]; // negative codes 7 (smallest) down to 1 (largest)
            RL42[15 - level] = level;
            RL42[8 - level] = level;
        }
    }

    private G722Tables() {
    }
}
