package org.centralino.media.rtp;

import java.time.InstantSource;

/** The relay tests' fixture: a started engine and two phones on loopback, alice and bob; closing stops all. */
final class TwoPhones implements AutoCloseable {
    final RtpEngine engine;
    final Phone alice;
    final Phone bob;

    TwoPhones(RtpEngineConfig config, InstantSource clock) {
        engine = TestEngines.started(config, clock);
        alice = Phone.open();
        bob = Phone.open();
    }

    @Override
    public void close() {
        alice.close();
        bob.close();
        engine.stop();
    }
}
