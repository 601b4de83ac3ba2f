package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.G711Codec;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.dtmf.DtmfSource;
import org.centralino.media.dtmf.TelephoneEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keys on terminated legs, through a real engine on loopback: RFC 4733 events pressed on one leg of a transcoded
 * call reach the other leg as events when it agreed them and as tones in its audio when it did not; keys on a leg
 * that is not bridged are reported to the listener, whichever way they came.
 */
class TerminatedKeysTest {
    static final int EVENTS = 101;
    static final double DTMF_AMPLITUDE = 5000;
    private static final Duration AWAIT = Duration.ofSeconds(3);

    private final RtpEngine engine = TestEngines.started();
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final RelayListener listener = new RelayListener() {
        @Override
        public void onRtpTimeout(RelaySession session, Side side, Duration silence) {
        }

        @Override
        public void onDtmf(RelaySession session, Side side, DtmfEvent event) {
            reported.add(side + ":" + event.key() + ":" + event.source());
        }
    };

    @AfterEach
    void stop() {
        engine.stop();
    }

    /** What a test does with alice and bob on PCMU in a session reporting to {@link #listener}. */
    @FunctionalInterface
    private interface Call {
        void run(CodecPhone alice, CodecPhone bob, RelaySession s) throws IOException;
    }

    /** Runs {@code test} on a call whose leg A (alice's) the PBX terminates, with telephone events. */
    private void call(Call test) throws IOException {
        try (CodecPhone alice = new CodecPhone(G711Codec.PCMU, 0, 0xA11CE);
             CodecPhone bob = new CodecPhone(G711Codec.PCMU, 0, 0xB0B);
             RelaySession s = engine.createSession(alice.address(), bob.address(), listener)) {
            s.terminate(Side.A, pcmu(true));
            test.run(alice, bob, s);
        }
    }

    private static StreamFormat pcmu(boolean events) {
        return new StreamFormat(G711Codec.PCMU, 0, CodecParams.NONE, events ? EVENTS : StreamFormat.NO_EVENTS, 20);
    }

    @Test
    void eventsPressedOnOneLegReachTheOtherLegAsEventsWhenItAgreedThem() throws IOException {
        call((alice, bob, s) -> {
            s.terminate(Side.B, pcmu(true));
            s.bridgeTerminated(true);

            pressWithEvents(s, alice, bob, 5);

            List<CodecPhone.Packet> events = bob.received(EVENTS);
            assertThat(events).as("telephone-event packets at bob").isNotEmpty();
            assertThat(events.getFirst().marker()).as("the first packet of the event has the marker").isTrue();
            assertThat(events.stream().map(CodecPhone.Packet::timestamp).distinct()).as("one event, one timestamp")
                .hasSize(1);
            for (CodecPhone.Packet p : events) {
                TelephoneEvent e = TelephoneEvent.parse(p.payload(), 0, p.payload().length);
                assertThat(e.event()).as("event code of key 5").isEqualTo(5);
            }
            List<TelephoneEvent> ends = events.stream().map(p -> TelephoneEvent.parse(p.payload(), 0, 4))
                .filter(TelephoneEvent::end).toList();
            assertThat(ends).as("end packets (RFC 4733 §2.5.1.4: three)").hasSize(3);
            assertThat(ends.getFirst().duration()).as("at least Q.24's 40 ms at 8 kHz").isGreaterThanOrEqualTo(320);
            List<CodecPhone.Packet> all = bob.received();
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).sequence()).as("audio and events share one sequence")
                    .isEqualTo((all.get(i - 1).sequence() + 1) & 0xffff);
                assertThat(all.get(i).ssrc()).isEqualTo(all.getFirst().ssrc());
            }
            assertThat(reported).as("delivered to the other leg, not reported").isEmpty();
        });
    }

    @Test
    void eventsPressedOnOneLegReachALegWithoutEventsAsTones() throws IOException {
        call((alice, bob, s) -> {
            s.terminate(Side.B, pcmu(false));
            s.bridgeTerminated(true);

            pressWithEvents(s, alice, bob, 11); // '#'

            assertThat(bob.received(EVENTS)).isEmpty();
            assertThat(bob.keysHeard(0)).as("keys an in-band detector hears at bob").isEqualTo("#");
            assertThat(reported).isEmpty();
        });
    }

    @Test
    void eventsOnALegThatIsNotBridgedAreReported() throws IOException {
        call((alice, bob, s) -> {

            pressWithEvents(s, alice, bob, 9);

            await().atMost(AWAIT).until(() -> !reported.isEmpty());
            assertThat(reported).containsExactly("A:9:" + DtmfSource.RFC4733);
        });
    }

    @Test
    void tonesOnALegWithoutEventsThatIsNotBridgedAreReported() throws IOException {
        try (CodecPhone alice = new CodecPhone(G711Codec.PCMU, 0, 0xA11CE);
             RelaySession s = engine.createSession(alice.address(), null, listener)) {
            s.terminate(Side.A, pcmu(false));
            CodecPhone.paced(40, i -> {
                boolean key = i >= 10 && i < 15; // 100 ms of '7': 852 Hz + 1209 Hz
                alice.sendTones(key ? 852 : 0, key ? 1209 : 0, DTMF_AMPLITUDE, s.endpoint(Side.A).localRtp());
            });

            await().atMost(AWAIT).until(() -> !reported.isEmpty());
            assertThat(reported).containsExactly("A:7:" + DtmfSource.INBAND);
        }
    }

    /**
     * Alice talks silence for 200 ms, presses {@code event} for 100 ms as RFC 4733 packets (an update every 20 ms,
     * three end packets), then talks silence for 600 ms; both phones keep what they receive.
     */
    private static void pressWithEvents(RelaySession s, CodecPhone alice, CodecPhone bob, int event) {
        var to = s.endpoint(Side.A).localRtp();
        long[] start = new long[1];
        CodecPhone.paced(50, i -> {
            if (i < 10 || i >= 18) {
                alice.sendTone(0, 0, to);
            } else {
                if (i == 10) {
                    start[0] = alice.timestamp();
                }
                int packet = i - 10;
                boolean end = packet >= 5;
                int duration = 160 * Math.min(packet + 1, 5);
                alice.sendEvent(EVENTS, packet == 0, start[0], event, end, duration, to);
                alice.skipPacket();
            }
            alice.drain();
            bob.drain();
        });
        alice.drain();
        bob.drain();
    }
}
