package org.centralino.media.record;

import java.time.Duration;
import org.centralino.media.audio.Pcm;

/**
 * When a {@link CallRecording} stops by itself.
 *
 * @param maxDuration the longest recording; at least one 20 ms frame
 * @param silenceStop stop after a silence, or null to record until stopped or {@code maxDuration}
 */
public record RecordingLimits(Duration maxDuration, SilenceStop silenceStop) {
    /** Default for call recording: four hours, a generous bound on one call that keeps files well under 4 GiB. */
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofHours(4);

    public RecordingLimits {
        if (maxDuration.toMillis() < Pcm.FRAME_MS) {
            throw new IllegalArgumentException("a recording's maximum duration of " + maxDuration
                + " is shorter than one frame");
        }
    }

    /** Records until stopped or {@code maxDuration}. */
    public static RecordingLimits upTo(Duration maxDuration) {
        return new RecordingLimits(maxDuration, null);
    }

    /** Also stops after the given silence. */
    public RecordingLimits untilSilence(SilenceStop stop) {
        return new RecordingLimits(maxDuration, stop);
    }

    long maxFrames() {
        return maxDuration.toMillis() / Pcm.FRAME_MS;
    }
}
