package org.centralino.feature.demo;

import java.time.LocalTime;
import org.centralino.core.app.Application;
import org.centralino.core.app.Channel;

/**
 * The speaking clock (dialled at {@link DemoApplications#SPEAKING_CLOCK}): says the time, in the channel's
 * language, twice, then hangs up.
 */
public final class SpeakingClock implements Application {
    @Override
    public void run(Channel channel) {
        channel.answer();
        for (int i = 0; i < 2; i++) {
            channel.sayTime(LocalTime.now(channel.clock()).withSecond(0).withNano(0));
        }
        channel.play("goodbye");
        channel.hangup();
    }
}
