package org.centralino.feature.demo;

import org.centralino.core.app.Applications;

/** The demo applications and the feature codes that reach them. */
public final class DemoApplications {
    /** The echo test: {@code *43}, as on most PBXes. */
    public static final String ECHO_TEST = "*43";
    /** The speaking clock. */
    public static final String SPEAKING_CLOCK = "*44";
    /** Reads keys and says them back. */
    public static final String DIGITS = "*45";
    /** A conference room open to everyone. */
    public static final String CONFERENCE = "*47";

    private DemoApplications() {
    }

    /** Registers every demo application at its code. */
    public static Applications register(Applications apps) {
        return apps.register(ECHO_TEST, new EchoTest())
            .register(SPEAKING_CLOCK, new SpeakingClock())
            .register(DIGITS, new DigitsDemo())
            .register(CONFERENCE, new ConferenceDemo());
    }
}
