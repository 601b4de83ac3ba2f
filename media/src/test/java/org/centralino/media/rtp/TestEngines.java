package org.centralino.media.rtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.InstantSource;

/** Engines for tests: loopback only, a port range of their own, short timeout checks. */
final class TestEngines {
    /** Outside Linux's ephemeral range (32768-60999), so the phones' own sockets never take these ports. */
    static final PortRange TEST_PORTS = new PortRange(21000, 21999);

    private TestEngines() {
    }

    static RtpEngineConfig config() {
        return RtpEngineConfig.defaults(InetAddress.getLoopbackAddress())
            .withPorts(TEST_PORTS)
            .withLoopThreads(2)
            .withTimeoutCheckInterval(Duration.ofMillis(20));
    }

    static RtpEngine started(RtpEngineConfig config, InstantSource clock) {
        RtpEngine engine = new RtpEngine(config, clock);
        try {
            engine.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engine;
    }

    static RtpEngine started() {
        return started(config(), InstantSource.system());
    }
}
