package org.centralino.media.rtp;

import java.io.IOException;

/** No RTP/RTCP port pair of the configured range could be bound: every pair is in use, by us or by others. */
public final class PortRangeExhaustedException extends IOException {
    public PortRangeExhaustedException(String message, Throwable lastBindError) {
        super(message, lastBindError);
    }
}
