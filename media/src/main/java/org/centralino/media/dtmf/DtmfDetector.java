package org.centralino.media.dtmf;

import java.util.function.Consumer;

/**
 * In-band DTMF detection (ITU-T Q.23/Q.24) on 8 kHz linear PCM, for phones that send their keys in the audio
 * (issue 4, "DTMF"). The audio is cut into blocks of {@value #BLOCK} samples (25.6 ms); in each, Goertzel filters
 * measure the eight DTMF frequencies. A block holds a key when:
 * <ul>
 *   <li>the strongest row and the strongest column frequency together carry most of the block's energy (speech
 *       and music spread theirs over many frequencies);</li>
 *   <li>each is at least 8 dB above the other frequencies of its group;</li>
 *   <li>the twist is within Q.24's limits: the column (high) tone at most 4 dB above the row tone, at most 8 dB
 *       below it;</li>
 *   <li>the signal is above -30 dBm0.</li>
 * </ul>
 * A key is reported once it held for two blocks in a row (at least 40 ms, Q.24's minimum), and again only
 * after a block without it. Allocation-free; one detector per leg, used by one thread.
 */
public final class DtmfDetector {
    /** Samples per analysis block at 8 kHz: the classic choice that separates the DTMF frequencies. */
    public static final int BLOCK = 205;
    static final int[] ROWS = {697, 770, 852, 941};
    static final int[] COLUMNS = {1209, 1336, 1477, 1633};
    static final char[][] KEYS = {
        {'1', '2', '3', 'A'},
        {'4', '5', '6', 'B'},
        {'7', '8', '9', 'C'},
        {'*', '0', '#', 'D'}};
    private static final double MIN_SHARE = 0.75;
    private static final double GROUP_MARGIN = Math.pow(10, -8 / 10.0);
    private static final double MAX_REVERSE_TWIST = Math.pow(10, 4 / 10.0);
    private static final double MAX_NORMAL_TWIST = Math.pow(10, 8 / 10.0);
    /** -30 dBm0 as mean square of 16-bit samples (0 dBm0 is 3.17 dB below full scale). */
    private static final double MIN_POWER = Math.pow(32767 * Math.pow(10, (-30 - 3.17) / 20), 2) / 2;

    private final double[] coefficients = new double[8];
    private final double[] s1 = new double[8];
    private final double[] s2 = new double[8];
    private final double[] power = new double[8];
    private final Consumer<Character> onKey;
    private int filled;
    private double energy;
    private char last;
    private char reported;

    /** @param onKey receives each key pressed: 0-9, *, #, A-D */
    public DtmfDetector(Consumer<Character> onKey) {
        this.onKey = onKey;
        for (int i = 0; i < 4; i++) {
            coefficients[i] = 2 * Math.cos(2 * Math.PI * ROWS[i] / 8000.0);
            coefficients[4 + i] = 2 * Math.cos(2 * Math.PI * COLUMNS[i] / 8000.0);
        }
    }

    /** Feeds {@code count} samples; keys are reported from within this call. */
    public void process(short[] pcm, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            double x = pcm[i];
            energy += x * x;
            for (int f = 0; f < 8; f++) {
                double s = x + coefficients[f] * s1[f] - s2[f];
                s2[f] = s1[f];
                s1[f] = s;
            }
            if (++filled == BLOCK) {
                endOfBlock();
            }
        }
    }

    private void endOfBlock() {
        for (int f = 0; f < 8; f++) {
            power[f] = s1[f] * s1[f] + s2[f] * s2[f] - coefficients[f] * s1[f] * s2[f];
            s1[f] = 0;
            s2[f] = 0;
        }
        char key = keyOfBlock();
        if (key != 0 && key == last && key != reported) {
            reported = key;
            onKey.accept(key);
        }
        if (key == 0) {
            reported = 0;
        }
        last = key;
        filled = 0;
        energy = 0;
    }

    /** The key this block holds, or 0. */
    private char keyOfBlock() {
        if (energy / BLOCK < MIN_POWER) {
            return 0;
        }
        int row = strongest(0);
        int col = strongest(4);
        double rowPower = power[row];
        double colPower = power[col];
        // a pure tone at a filter's frequency gives power = BLOCK * energy / 2 (Goertzel over BLOCK samples)
        double share = 2 * (rowPower + colPower) / (BLOCK * energy);
        if (share < MIN_SHARE || colPower > rowPower * MAX_REVERSE_TWIST || rowPower > colPower * MAX_NORMAL_TWIST) {
            return 0;
        }
        if (!standsOut(0, row) || !standsOut(4, col)) {
            return 0;
        }
        return KEYS[row][col - 4];
    }

    private int strongest(int from) {
        int best = from;
        for (int f = from + 1; f < from + 4; f++) {
            if (power[f] > power[best]) {
                best = f;
            }
        }
        return best;
    }

    private boolean standsOut(int from, int peak) {
        for (int f = from; f < from + 4; f++) {
            if (f != peak && power[f] > power[peak] * GROUP_MARGIN) {
                return false;
            }
        }
        return true;
    }
}
