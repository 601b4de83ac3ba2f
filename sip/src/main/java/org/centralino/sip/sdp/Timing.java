package org.centralino.sip.sdp;

import java.util.List;
import java.util.Objects;

/**
 * A {@code t=} line (RFC 8866 §5.9) with the {@code r=} lines that follow it, kept as text. SIP sessions
 * always say {@code t=0 0} (RFC 3264 §5), and an answer copies the offer's.
 */
public record Timing(long start, long stop, List<String> repeats) {
    /** {@code t=0 0}: a session not bounded in time. */
    public static final Timing UNBOUNDED = new Timing(0, 0, List.of());

    public Timing {
        if (start < 0 || stop < 0) {
            throw new IllegalArgumentException("t= times must not be negative: " + start + " " + stop);
        }
        repeats = List.copyOf(Objects.requireNonNull(repeats, "repeats"));
        repeats.forEach(r -> SdpText.requireLineSafe(r, "r= line"));
    }

    Timing withRepeat(String repeat) {
        List<String> out = new java.util.ArrayList<>(repeats);
        out.add(repeat);
        return new Timing(start, stop, out);
    }

    /** The text after {@code t=}. */
    public String encode() {
        return start + " " + stop;
    }
}
