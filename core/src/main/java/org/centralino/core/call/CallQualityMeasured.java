package org.centralino.core.call;

import java.util.Objects;
import org.centralino.core.cdr.CallQuality;

/**
 * Published by the B2BUA once per call it ran, as soon as the call's outcome is decided: what the relay measured
 * on each leg then, before its session closes ({@link CallQuality#NONE} for a call that had no media). It comes
 * right after the call's {@link CallEvent.Ended}, on the same lane, while the legs may still take long to close;
 * {@link CallRecorder} completes the call's record with it.
 */
public record CallQualityMeasured(CallId call, CallQuality quality) {
    public CallQualityMeasured {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(quality, "quality");
    }
}
