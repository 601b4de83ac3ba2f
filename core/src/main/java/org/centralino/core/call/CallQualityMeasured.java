package org.centralino.core.call;

import java.util.Objects;
import org.centralino.core.cdr.CallQuality;

/**
 * Published by the B2BUA once per call it ran, when it releases the call's media: what the relay measured on
 * each leg just before its session closed ({@link CallQuality#NONE} for a call that had no media). It comes after
 * the call's {@link CallEvent.Ended}, which the machine publishes as soon as the outcome is decided, while the
 * legs are still closing; {@link CallRecorder} completes the call's record with it.
 */
public record CallQualityMeasured(CallId call, CallQuality quality) {
    public CallQualityMeasured {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(quality, "quality");
    }
}
