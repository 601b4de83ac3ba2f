package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One-way-audio detection on a manual clock: the loops look every 20 ms of real time, the clock moves when told. */
class OneWayAudioTest {
    private static final Duration THRESHOLD = RtpEngineConfig.DEFAULT_ONE_WAY_AUDIO_AFTER;

    /** One event the listener received. */
    record Event(String kind, Side side, Duration length, String thread) {
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final Heard<Event> events = new Heard<>("a one-way-audio event");
    private final RelayListener listener = new RelayListener() {
        @Override
        public void onRtpTimeout(RelaySession session, Side side, Duration silence) {
            events.add(new Event("timeout", side, silence, Thread.currentThread().getName()));
        }

        @Override
        public void onOneWayAudio(RelaySession session, Side silentSide, Duration silence) {
            events.add(new Event("one-way", silentSide, silence, Thread.currentThread().getName()));
        }

        @Override
        public void onOneWayAudioEnded(RelaySession session, Side side, Duration flaggedFor) {
            events.add(new Event("ended", side, flaggedFor, Thread.currentThread().getName()));
        }
    };
    private TwoPhones net;
    private int aliceSeq;
    private int bobSeq;

    @BeforeEach
    void start() {
        net = new TwoPhones(TestEngines.config(), clock);
    }

    @AfterEach
    void stop() {
        net.close();
    }


    /** {@code seconds} of conversation time in which alice sends a packet each second (and bob if he talks). */
    private void talk(RelaySession s, int seconds, boolean bobToo) {
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            net.alice.send(Packets.rtp(aliceSeq++, "alice"), s.endpoint(Side.A).localRtp());
            net.bob.receive();
            if (bobToo) {
                net.bob.send(Packets.rtp(bobSeq++, "bob"), s.endpoint(Side.B).localRtp());
                net.alice.receive();
            }
        }
    }

    @Test
    void flagsTheLegThatSendsNothingWhileTheOtherTalksOnceOffTheMediaThread() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            talk(s, 4, false);
            assertThat(events.none()).as("4 s of silence: below the threshold").isNull();

            talk(s, 3, false);

            Event e = events.next();
            assertThat(e.kind()).isEqualTo("one-way");
            assertThat(e.side()).isEqualTo(Side.B);
            assertThat(e.length()).isGreaterThanOrEqualTo(THRESHOLD);
            assertThat(e.thread()).doesNotStartWith("rtp-loop");
            assertThat(s.quality(Side.B).oneWayAudio()).isTrue();
            assertThat(s.quality(Side.A).oneWayAudio()).isFalse();
            talk(s, 5, false);
            assertThat(events.none()).as("one report per episode").isNull();
        }
    }

    @Test
    void reportsTheEndWhenTheSilentLegsRtpComesBack() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            talk(s, 7, false);
            assertThat(events.next().kind()).isEqualTo("one-way");

            talk(s, 2, true);

            Event end = events.next();
            assertThat(end.kind()).isEqualTo("ended");
            assertThat(end.side()).isEqualTo(Side.B);
            assertThat(end.length()).isPositive();
            assertThat(s.quality(Side.B).oneWayAudio()).isFalse();

            talk(s, 7, false);
            Event again = events.next();
            assertThat(again.kind()).as("a new episode is reported again").isEqualTo("one-way");
            assertThat(again.side()).isEqualTo(Side.B);
        }
    }

    @Test
    void twoWayAudioIsNeverFlagged() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            talk(s, 20, true);

            assertThat(events.none()).isNull();
            assertThat(s.quality(Side.A).oneWayAudio()).isFalse();
            assertThat(s.quality(Side.B).oneWayAudio()).isFalse();
        }
    }

    @Test
    void bothLegsSilentIsNoOneWayAudio() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            clock.advance(Duration.ofSeconds(30));

            assertThat(events.none()).isNull();
        }
    }

    @Test
    void aLegOnHoldIsNotFlaggedAndAHoldEndsAnEpisode() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            s.setHold(Side.B, true);
            net.engine.awaitPendingTasks();
            talk(s, 10, false);
            assertThat(events.none()).as("bob is on hold: his silence is legitimate").isNull();

            s.setHold(Side.B, false);
            net.engine.awaitPendingTasks();
            talk(s, 3, false);
            assertThat(events.none()).as("silence counts from the end of the hold").isNull();
            talk(s, 3, false);
            assertThat(events.next().kind()).isEqualTo("one-way");

            s.setHold(Side.A, true);
            net.engine.awaitPendingTasks();
            clock.advance(Duration.ofSeconds(1));
            Event end = events.next();
            assertThat(end.kind()).isEqualTo("ended");
            assertThat(end.side()).isEqualTo(Side.B);
        }
    }

    @Test
    void aZeroThresholdDisablesTheCheck() throws Exception {
        net.close();
        net = new TwoPhones(TestEngines.config().withOneWayAudioAfter(Duration.ZERO), clock);
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            talk(s, 10, false);

            assertThat(events.none()).isNull();
            assertThat(s.quality(Side.B).oneWayAudio()).isFalse();
        }
    }

    @Test
    void aConfiguredThresholdIsHonoured() throws Exception {
        net.close();
        net = new TwoPhones(TestEngines.config().withOneWayAudioAfter(Duration.ofSeconds(10)), clock);
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            talk(s, 8, false);
            assertThat(events.none()).isNull();
            talk(s, 3, false);

            assertThat(events.next().length()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void rejectsANegativeThreshold() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TestEngines.config().withOneWayAudioAfter(Duration.ofSeconds(-1)))
            .hasMessageContaining("oneWayAudioAfter");
    }
}
