package org.centralino.core.call;

import java.util.Objects;

/** The PBX's own id of a call (one per caller INVITE), not a SIP Call-ID: each leg has its own of those. */
public record CallId(String value) {
    public CallId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
