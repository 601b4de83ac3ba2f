package org.centralino.media.dtmf;

import org.centralino.media.tone.Tone;

/**
 * The dual tone of a key (ITU-T Q.23: one row and one column frequency), for sending a key in the audio to a
 * phone that agreed no telephone events. Both frequencies at -8 dBm0, within Q.24's limits and well above what
 * {@link DtmfDetector} needs.
 */
public final class DtmfTones {
    /** Level of each of the two frequencies. */
    public static final double LEVEL_DBM0 = -8;

    private DtmfTones() {
    }

    /** The continuous dual tone of {@code key} (0-9, *, #, A-D). */
    public static Tone of(char key) {
        char k = Character.toUpperCase(key);
        for (int row = 0; row < DtmfDetector.ROWS.length; row++) {
            for (int col = 0; col < DtmfDetector.COLUMNS.length; col++) {
                if (DtmfDetector.KEYS[row][col] == k) {
                    return new Tone("dtmf-" + k, new int[] {DtmfDetector.ROWS[row], DtmfDetector.COLUMNS[col]},
                        LEVEL_DBM0, new int[0]);
                }
            }
        }
        throw new IllegalArgumentException("'" + key + "' has no DTMF tone (0-9, *, #, A-D)");
    }
}
