package org.centralino.core.call;

import java.util.Objects;

/** The id of one leg of a call: the caller's, or one fork towards a callee contact. */
public record LegId(String value) {
    public LegId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
