package org.centralino.web;

import org.centralino.core.event.Audience;
import org.centralino.core.event.StreamEvent;

/** A stream event for tests: number {@code n}, for everyone, with {@code pad} to make it as large as wanted. */
record Numbered(int n, String pad) implements StreamEvent {
    Numbered(int n) {
        this(n, "");
    }

    @Override
    public String type() {
        return "test.numbered";
    }

    @Override
    public Object data() {
        return this;
    }

    @Override
    public Audience audience() {
        return new Audience.Everyone();
    }
}
