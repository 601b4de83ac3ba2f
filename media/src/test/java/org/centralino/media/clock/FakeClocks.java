package org.centralino.media.clock;

/** Media clocks for tests in other packages: ticked by hand with {@link MediaClock#advance()}. */
public final class FakeClocks {
    private FakeClocks() {
    }

    /** A clock whose time never moves by itself: only {@link MediaClock#advance()} ticks it. */
    public static MediaClock manual() {
        FakeTime time = new FakeTime();
        return new MediaClock("manual", time, time);
    }
}
