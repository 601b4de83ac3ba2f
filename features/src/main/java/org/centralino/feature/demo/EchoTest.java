package org.centralino.feature.demo;

import java.time.Duration;
import org.centralino.core.app.Application;
import org.centralino.core.app.Channel;

/**
 * The echo test (dialled at {@link DemoApplications#ECHO_TEST}): the caller hears what it says, through the whole
 * media path of the PBX (decoding, jitter buffer, encoding), to check a phone's microphone, speaker and network.
 * # ends it.
 */
public final class EchoTest implements Application {
    /** The longest echo test: a forgotten call must not hold a line for ever. */
    static final Duration MAX = Duration.ofMinutes(5);

    @Override
    public void run(Channel channel) {
        channel.answer();
        channel.play("echo_test");
        channel.echo(MAX);
        channel.play("goodbye");
        channel.hangup();
    }
}
