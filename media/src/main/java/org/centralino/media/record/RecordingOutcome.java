package org.centralino.media.record;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** How a {@link CallRecording} ended, reported once to its listener. */
public sealed interface RecordingOutcome {
    /** Why a recording ended. */
    enum Reason {
        /** {@link CallRecording#stop()}: the call ended or a feature stopped it. */
        STOPPED,
        /** It reached {@link RecordingLimits#maxDuration()}. */
        MAX_DURATION,
        /** It heard {@link SilenceStop#silence()} of silence. */
        SILENCE
    }

    Path file();

    /** The file is complete under its final name. */
    record Saved(Path file, Duration duration, Reason reason) implements RecordingOutcome {
    }

    /** Writing or finishing failed; no file exists under the final name. */
    record Failed(Path file, IOException error) implements RecordingOutcome {
    }

    /** {@link CallRecording#abort()}: the temporary file was deleted. */
    record Aborted(Path file) implements RecordingOutcome {
    }
}
