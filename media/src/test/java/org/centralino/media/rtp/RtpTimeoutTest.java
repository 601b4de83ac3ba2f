package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RTP timeout, on a manual clock: the loops look every 20 ms of real time, the clock moves when told. */
class RtpTimeoutTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One report the listener received. */
    record Report(RelaySession session, Side side, Duration silence, String thread) {
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final BlockingQueue<Report> reports = new LinkedBlockingQueue<>();
    private final RelayListener listener = (session, side, silence) ->
        reports.add(new Report(session, side, silence, Thread.currentThread().getName()));
    private RtpEngine engine;
    private Phone alice;
    private Phone bob;

    @BeforeEach
    void start() {
        engine = TestEngines.started(TestEngines.config().withRtpTimeout(TIMEOUT), clock);
        alice = Phone.open();
        bob = Phone.open();
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        engine.stop();
    }

    private Report nextReport() throws InterruptedException {
        Report r = reports.poll(2, TimeUnit.SECONDS);
        assertThat(r).as("an RTP timeout report").isNotNull();
        return r;
    }

    private Report noReport() throws InterruptedException {
        return reports.poll(300, TimeUnit.MILLISECONDS);
    }

    private void aliceTalks(RelaySession s) {
        alice.send(Packets.rtp(1, "talk"), s.endpoint(Side.A).localRtp());
        bob.receive();
    }

    @Test
    void reportsTheLegThatSentNoRtpForTheTimeoutOffTheMediaThread() throws Exception {
        try (RelaySession s = engine.createSession(alice.address(), bob.address(), listener)) {
            clock.advance(Duration.ofSeconds(30));
            aliceTalks(s);
            clock.advance(Duration.ofSeconds(31));

            Report r = nextReport();

            assertThat(r.session()).isSameAs(s);
            assertThat(r.side()).isEqualTo(Side.B);
            assertThat(r.silence()).isGreaterThanOrEqualTo(TIMEOUT);
            assertThat(r.thread()).doesNotStartWith("rtp-loop");
            assertThat(noReport()).as("alice spoke 31 s ago: no timeout for her").isNull();
        }
    }

    @Test
    void doesNotReportBeforeTheTimeout() throws Exception {
        try (RelaySession s = engine.createSession(alice.address(), bob.address(), listener)) {
            clock.advance(TIMEOUT.minusSeconds(1));

            assertThat(noReport()).isNull();
        }
    }

    @Test
    void aLegOnHoldNeverTimesOutAndCountsAfreshWhenResumed() throws Exception {
        try (RelaySession s = engine.createSession(alice.address(), bob.address(), listener)) {
            s.setHold(Side.A, true);
            s.setHold(Side.B, true);
            engine.awaitPendingTasks();
            clock.advance(Duration.ofMinutes(10));
            assertThat(noReport()).isNull();

            s.setHold(Side.B, false);
            engine.awaitPendingTasks();
            clock.advance(Duration.ofSeconds(1));
            assertThat(noReport()).as("resumed 1 s ago").isNull();
            clock.advance(TIMEOUT);

            assertThat(nextReport().side()).isEqualTo(Side.B);
            assertThat(noReport()).as("alice is still on hold").isNull();
        }
    }

    @Test
    void reportsOncePerSilenceAndAgainAfterRtpResumesAndStops() throws Exception {
        try (RelaySession s = engine.createSession(alice.address(), bob.address(), listener)) {
            s.setHold(Side.B, true);
            engine.awaitPendingTasks();
            clock.advance(TIMEOUT.plusSeconds(1));
            assertThat(nextReport().side()).isEqualTo(Side.A);
            clock.advance(Duration.ofSeconds(5));
            assertThat(noReport()).as("still the same silence").isNull();

            aliceTalks(s);
            clock.advance(TIMEOUT.plusSeconds(1));

            assertThat(nextReport().side()).isEqualTo(Side.A);
        }
    }

    @Test
    void aClosedSessionReportsNothing() throws Exception {
        RelaySession s = engine.createSession(alice.address(), bob.address(), listener);
        s.close();
        engine.awaitPendingTasks();
        clock.advance(Duration.ofMinutes(5));

        assertThat(noReport()).isNull();
    }

    @Test
    void aZeroTimeoutDisablesTheCheck() throws IOException, InterruptedException {
        engine.stop();
        engine = TestEngines.started(TestEngines.config().withRtpTimeout(Duration.ZERO), clock);
        try (RelaySession s = engine.createSession(alice.address(), bob.address(), listener)) {
            clock.advance(Duration.ofHours(1));

            assertThat(noReport()).isNull();
        }
    }
}
