package org.centralino.feature.demo;

import java.time.Duration;
import java.util.List;
import org.centralino.core.app.Application;
import org.centralino.core.app.Channel;

/**
 * The smallest auto-attendant (dialled at {@link DemoApplications#DIAL_EXTENSION}): asks for an extension, then
 * hands the caller over to it ({@link Channel#bridge}); if nobody answers, says so and hangs up.
 */
public final class DialExtension implements Application {
    static final int MAX_DIGITS = 10;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public void run(Channel channel) {
        channel.answer();
        channel.playInterruptible(List.of("enter_digits"));
        String number = channel.readDigits(MAX_DIGITS, TIMEOUT, '#');
        if (!number.isEmpty()) {
            channel.play("transferring");
            if (channel.bridge(number)) {
                return;
            }
            channel.play("no_one_available");
        }
        channel.play("goodbye");
        channel.hangup();
    }
}
