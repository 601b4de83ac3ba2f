package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
    private final Heard<Report> reports = new Heard<>("an RTP timeout report");
    private final RelayListener listener = (session, side, silence) ->
        reports.add(new Report(session, side, silence, Thread.currentThread().getName()));
    private TwoPhones net;

    @BeforeEach
    void start() {
        net = new TwoPhones(TestEngines.config().withRtpTimeout(TIMEOUT), clock);
    }

    @AfterEach
    void stop() {
        net.close();
    }


    private void aliceTalks(RelaySession s) {
        net.alice.send(Packets.rtp(1, "talk"), s.endpoint(Side.A).localRtp());
        net.bob.receive();
    }

    @Test
    void reportsTheLegThatSentNoRtpForTheTimeoutOffTheMediaThread() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            clock.advance(Duration.ofSeconds(30));
            aliceTalks(s);
            clock.advance(Duration.ofSeconds(31));

            Report r = reports.next();

            assertThat(r.session()).isSameAs(s);
            assertThat(r.side()).isEqualTo(Side.B);
            assertThat(r.silence()).isGreaterThanOrEqualTo(TIMEOUT);
            assertThat(r.thread()).doesNotStartWith("rtp-loop");
            assertThat(reports.none()).as("alice spoke 31 s ago: no timeout for her").isNull();
        }
    }

    @Test
    void doesNotReportBeforeTheTimeout() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            clock.advance(TIMEOUT.minusSeconds(1));

            assertThat(reports.none()).isNull();
        }
    }

    @Test
    void aLegOnHoldNeverTimesOutAndCountsAfreshWhenResumed() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            s.setHold(Side.A, true);
            s.setHold(Side.B, true);
            net.engine.awaitPendingTasks();
            clock.advance(Duration.ofMinutes(10));
            assertThat(reports.none()).isNull();

            s.setHold(Side.B, false);
            net.engine.awaitPendingTasks();
            clock.advance(Duration.ofSeconds(1));
            assertThat(reports.none()).as("resumed 1 s ago").isNull();
            clock.advance(TIMEOUT);

            assertThat(reports.next().side()).isEqualTo(Side.B);
            assertThat(reports.none()).as("alice is still on hold").isNull();
        }
    }

    @Test
    void reportsOncePerSilenceAndAgainAfterRtpResumesAndStops() throws Exception {
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            s.setHold(Side.B, true);
            net.engine.awaitPendingTasks();
            clock.advance(TIMEOUT.plusSeconds(1));
            assertThat(reports.next().side()).isEqualTo(Side.A);
            clock.advance(Duration.ofSeconds(5));
            assertThat(reports.none()).as("still the same silence").isNull();

            aliceTalks(s);
            clock.advance(TIMEOUT.plusSeconds(1));

            assertThat(reports.next().side()).isEqualTo(Side.A);
        }
    }

    @Test
    void aClosedSessionReportsNothing() throws Exception {
        RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener);
        s.close();
        net.engine.awaitPendingTasks();
        clock.advance(Duration.ofMinutes(5));

        assertThat(reports.none()).isNull();
    }

    @Test
    void aZeroTimeoutDisablesTheCheck() throws IOException, InterruptedException {
        net.close();
        net = new TwoPhones(TestEngines.config().withRtpTimeout(Duration.ZERO), clock);
        try (RelaySession s = net.engine.createSession(net.alice.address(), net.bob.address(), listener)) {
            clock.advance(Duration.ofHours(1));

            assertThat(reports.none()).isNull();
        }
    }
}
