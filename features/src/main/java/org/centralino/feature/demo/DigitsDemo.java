package org.centralino.feature.demo;

import java.time.Duration;
import org.centralino.core.app.Application;
import org.centralino.core.app.Channel;

/**
 * Reads keys and says them back (dialled at {@link DemoApplications#DIGITS}): shows that keys reach applications
 * the same way whether the phone sends RFC 4733 events, SIP INFO or tones in the audio. Up to 20 keys, ended by
 * # or 10 s without a key.
 */
public final class DigitsDemo implements Application {
    static final int MAX_DIGITS = 20;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public void run(Channel channel) {
        channel.answer();
        channel.playInterruptible(java.util.List.of("enter_digits"));
        String digits = channel.readDigits(MAX_DIGITS, TIMEOUT, '#');
        if (!digits.isEmpty()) {
            channel.play("you_pressed");
            channel.sayDigits(digits);
        }
        channel.play("goodbye");
        channel.hangup();
    }
}
