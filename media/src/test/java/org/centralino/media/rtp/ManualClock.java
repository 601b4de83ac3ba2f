package org.centralino.media.rtp;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when a test says so; readable from the media threads. */
final class ManualClock implements InstantSource {
    private volatile long millis;

    ManualClock(Instant start) {
        this.millis = start.toEpochMilli();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public long millis() {
        return millis;
    }

    synchronized void advance(Duration d) {
        millis = millis + d.toMillis();
    }
}
