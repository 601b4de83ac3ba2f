package org.centralino.media.record;

import java.time.Duration;

/**
 * Stops a recording after a silence, as voicemail does (see {@link SilenceDetector} for the meaning of each
 * field).
 *
 * @param thresholdDbfs below this RMS level a frame is silence ({@link SilenceDetector#DEFAULT_THRESHOLD_DBFS})
 * @param silence       the silence that ends the recording
 * @param hangover      kept after the last loud frame when trimming ({@link SilenceDetector#DEFAULT_HANGOVER})
 * @param trim          cut the trailing silence (beyond the hangover) from the file when the recording ends
 */
public record SilenceStop(double thresholdDbfs, Duration silence, Duration hangover, boolean trim) {
    /** Stops after {@code silence} at the default threshold and hangover, trimming it from the file. */
    public static SilenceStop after(Duration silence) {
        return new SilenceStop(SilenceDetector.DEFAULT_THRESHOLD_DBFS, silence, SilenceDetector.DEFAULT_HANGOVER,
            true);
    }

    SilenceDetector detector() {
        return new SilenceDetector(thresholdDbfs, silence, hangover);
    }
}
