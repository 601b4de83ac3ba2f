package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.centralino.media.rtcp.CodecImpairment;
import org.centralino.media.rtcp.EModel;
import org.centralino.media.rtcp.NtpTime;
import org.centralino.media.rtcp.ReportBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-leg quality measured by the relay on real packets over loopback, on a manual clock: loss from sequence
 * gaps, jitter from arrival times against RTP timestamps, round-trip time from the phones' RTCP passing through.
 */
class RelayQualityTest {
    private static final long ALICE_SSRC = 0xA11CEL;
    private static final long BOB_SSRC = 0xB0BL;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
    private RtpEngine engine;
    private Phone aliceRtp;
    private Phone aliceRtcp;
    private Phone bobRtp;
    private Phone bobRtcp;
    private RelaySession session;

    @BeforeEach
    void start() throws IOException {
        engine = TestEngines.started(TestEngines.config(), clock);
        aliceRtp = Phone.open();
        aliceRtcp = Phone.open();
        bobRtp = Phone.open();
        bobRtcp = Phone.open();
        session = engine.createSession(RelayListener.NONE);
        session.setRemote(Side.A, aliceRtp.address(), aliceRtcp.address());
        session.setRemote(Side.B, bobRtp.address(), bobRtcp.address());
    }

    @AfterEach
    void stop() {
        session.close();
        for (Phone p : new Phone[] {aliceRtp, aliceRtcp, bobRtp, bobRtcp}) {
            p.close();
        }
        engine.stop();
    }

    /** Alice's packet {@code seq}, stamped for its place in a 20 ms G.711 stream, relayed to bob. */
    private void aliceSends(int seq) {
        aliceRtp.send(Packets.rtp(seq, seq * 160L, ALICE_SSRC, new byte[160]), session.endpoint(Side.A).localRtp());
        bobRtp.receive();
    }

    private LegQuality quality(Side side) {
        engine.publishQualityNow();
        return session.quality(side);
    }

    @Test
    void countsTheSequenceGapsOfWhatALegsPhoneSendsAsLoss() {
        for (int seq = 1001; seq < 1101; seq++) {
            if (seq % 25 != 0) { // 1025, 1050, 1075, 1100 never arrive
                aliceSends(seq);
            }
            clock.advance(Duration.ofMillis(20));
        }

        LegQuality a = quality(Side.A);
        assertThat(a.packetsExpected()).isEqualTo(98); // 1002-1099: 1001 is probation, 1100 never came
        assertThat(a.packetsLost()).isEqualTo(3);
        assertThat(a.packetsReceived()).isEqualTo(95);
        assertThat(a.lossPercent()).isCloseTo(300.0 / 98, within(1e-9));
        assertThat(a.jitterMillis()).as("packets arrived exactly every 20 ms").isZero();
        assertThat(a.mos()).isCloseTo(EModel.mos(CodecImpairment.G711_PLC, 0, 300.0 / 98), within(1e-9))
            .isLessThan(quality(Side.B).mos());
        assertThat(quality(Side.B).packetsExpected()).as("bob sent nothing").isZero();
    }

    @Test
    void measuresJitterFromArrivalTimesAgainstTimestamps() {
        double reference = 0;
        for (int seq = 0; seq < 200; seq++) {
            aliceSends(seq); // arrivals alternate 10 ms and 30 ms apart: |D| = 10 ms = 80 units each time
            clock.advance(Duration.ofMillis(seq % 2 == 0 ? 10 : 30));
            if (seq >= 2) {
                reference += (80 - reference) / 16;
            }
        }

        LegQuality a = quality(Side.A);
        // the integer estimator of A.8 rounds: it settles within half a unit (1/16 ms) of the exact one
        assertThat(a.jitterMillis()).isCloseTo(reference / 8, within(0.07)).isCloseTo(10.0, within(0.07));
        assertThat(a.packetsLost()).isZero();
    }

    @Test
    void takesTheClockRateAndCodecTheOwnerGives() {
        session.setCodec(Side.A, "G729", 8000);
        session.setCodec(Side.B, "opus", 48000);
        for (int seq = 0; seq < 5; seq++) {
            aliceSends(seq);
            clock.advance(Duration.ofMillis(20));
        }

        assertThat(quality(Side.A).encoding()).isEqualTo("G729");
        assertThat(quality(Side.A).mos()).isCloseTo(EModel.mos(CodecImpairment.G729, 0, 0), within(1e-9));
        assertThat(quality(Side.B).clockRate()).isEqualTo(48000);
        assertThat(quality(Side.B).encoding()).isEqualTo("opus");
    }

    @Test
    void aNewSsrcStartsANewSourceAndKeepsTheOldOnesCounts() {
        for (int seq = 0; seq < 11; seq++) {
            aliceSends(seq);
        }
        for (int seq = 5000; seq < 5011; seq++) { // a new stream after a re-INVITE: new SSRC, new numbering
            aliceRtp.send(Packets.rtp(seq, seq * 160L, 0xBEEFL, new byte[160]), session.endpoint(Side.A).localRtp());
            bobRtp.receive();
        }

        LegQuality a = quality(Side.A);
        assertThat(a.packetsExpected()).isEqualTo(20);
        assertThat(a.packetsLost()).as("the jump between the streams is no loss").isZero();
    }

    @Test
    void theRoundTripToAPhoneIsTheTimeFromForwardingAnSrToItsReportMinusItsDelay() {
        long ntp = NtpTime.fromEpochMillis(Instant.parse("2026-11-22T09:59:59.750Z").toEpochMilli());
        aliceRtcp.send(Packets.senderReport(ALICE_SSRC, ntp, 160_000, 1000), session.endpoint(Side.A).localRtcp());
        bobRtcp.receive();
        clock.advance(Duration.ofMillis(250));
        long dlsr = NtpTime.millisToShortUnits(200); // bob held the SR 200 ms: the network took 50 ms both ways
        ReportBlock aboutAlice = new ReportBlock(ALICE_SSRC, 64, 12, 1000, 240, NtpTime.middle32(ntp), dlsr);
        bobRtcp.send(Packets.receiverReport(BOB_SSRC, aboutAlice), session.endpoint(Side.B).localRtcp());
        aliceRtcp.receive();

        LegQuality b = quality(Side.B);
        assertThat(b.roundTripTime()).isBetween(Duration.ofMillis(49), Duration.ofMillis(51));
        assertThat(b.phoneReport().fractionLostPercent()).isEqualTo(25.0);
        assertThat(b.phoneReport().cumulativeLost()).isEqualTo(12);
        assertThat(b.phoneReport().jitterMillis()).isEqualTo(30.0);
        assertThat(quality(Side.A).roundTripTime()).as("bob sent no SR for alice to report on").isNull();
        assertThat(quality(Side.A).phoneReport()).isNull();
    }

    @Test
    void aReportOnAnSrThePbxNeverRelayedGivesNoRoundTrip() {
        ReportBlock aboutSomethingElse = new ReportBlock(ALICE_SSRC, 0, 0, 1000, 0, 0x1234_5678L, 100);
        bobRtcp.send(Packets.receiverReport(BOB_SSRC, aboutSomethingElse), session.endpoint(Side.B).localRtcp());
        aliceRtcp.receive();

        assertThat(quality(Side.B).roundTripTime()).isNull();
        assertThat(quality(Side.B).phoneReport()).isNotNull();
    }

    @Test
    void qualityIsPublishedAtTheCheckCadenceWithoutAnyoneAsking() throws InterruptedException {
        for (int seq = 0; seq < 10; seq++) {
            aliceSends(seq);
        }
        LegQuality before = session.quality(Side.A);
        clock.advance(Duration.ofSeconds(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (session.quality(Side.A).packetsReceived() == before.packetsReceived() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(session.quality(Side.A).packetsReceived()).isEqualTo(9);
    }
}
