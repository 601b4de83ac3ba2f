package org.centralino.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two endpoints exchange RTP (simulated: only the receiver's statistics see it) and their RTCP as bytes, on a
 * manual clock with 30 ms of one-way network delay: alice sends, bob only listens.
 */
class RtcpReporterTest {
    private static final long START_MILLIS = 1_790_000_000_000L;
    private static final long ONE_WAY_MILLIS = 30;

    private long nowMillis = START_MILLIS;
    private final RtcpReporter alice = new RtcpReporter(0xA11CEL, "alice@192.0.2.1");
    private final RtcpReporter bob = new RtcpReporter(0xB0BL, "bob@192.0.2.2");
    private final ReceptionStatistics bobHears = new ReceptionStatistics(8000);
    private final ReceptionStatistics aliceHears = new ReceptionStatistics(8000);
    private long alicePackets;

    private long ntp() {
        return NtpTime.fromEpochMillis(nowMillis);
    }

    /** Alice sends {@code count} 20 ms packets, every tenth lost on the way; the clock moves on. */
    private void aliceTalks(int count) {
        for (int i = 0; i < count; i++) {
            long seq = alicePackets++;
            if (seq % 10 != 5) {
                bobHears.onPacket((int) seq, seq * 160, nowMillis + ONE_WAY_MILLIS);
            }
            nowMillis += 20;
        }
    }

    /** Writes a compound with {@code from}, moves the clock by the network delay, has {@code to} read it. */
    private ByteBuffer deliver(RtcpReporter from, RtcpReporter.SenderCounters sent, ReceptionStatistics heard,
                               RtcpReporter to) {
        ByteBuffer wire = ByteBuffer.allocate(1500);
        from.write(wire, sent, ntp(), heard, false);
        byte[] bytes = new byte[wire.flip().remaining()];
        wire.get(bytes);
        nowMillis += ONE_WAY_MILLIS;
        assertThat(to.onReceived(ByteBuffer.wrap(bytes), ntp())).as("a valid compound").isTrue();
        return ByteBuffer.wrap(bytes);
    }

    private RtcpReporter.SenderCounters aliceSent() {
        return new RtcpReporter.SenderCounters(alicePackets, alicePackets * 160, alicePackets * 160);
    }

    @Test
    void theSenderLearnsTheRoundTripAndTheLossFromTheReceiversReport() {
        aliceTalks(100);
        ByteBuffer sr = deliver(alice, aliceSent(), aliceHears, bob);
        nowMillis += 250; // bob holds alice's SR 250 ms before reporting: his DLSR
        aliceTalks(100);
        ByteBuffer rr = deliver(bob, null, bobHears, alice);

        RtcpReader reader = new RtcpReader();
        assertThat(reader.reset(sr) && reader.next()).isTrue();
        assertThat(reader.packetType()).isEqualTo(RtcpPacketType.SR);
        assertThat(reader.senderPacketCount()).isEqualTo(100);
        assertThat(reader.reportBlockCount()).as("alice hears nothing: no block").isZero();
        assertThat(reader.reset(rr) && reader.next()).isTrue();
        assertThat(reader.packetType()).as("bob sends nothing: an RR").isEqualTo(RtcpPacketType.RR);
        assertThat(reader.next() && "bob@192.0.2.2".equals(reader.cname())).isTrue();

        RemoteReport report = alice.remoteReport();
        assertThat(report.reporterSsrc()).isEqualTo(0xB0BL);
        assertThat(report.cumulativeLost()).isEqualTo(20); // 200 sent, every tenth lost
        assertThat(report.extendedHighestSequence()).isEqualTo(199);
        // first interval: 199 expected (the first packet is probation), 20 lost
        assertThat(report.fractionLost()).isEqualTo((20 << 8) / 199);
        // RTT = two one-way trips; the 1/65536 s units of LSR and DLSR cost at most a millisecond
        assertThat(report.roundTripTime()).isBetween(Duration.ofMillis(59), Duration.ofMillis(61));
    }

    @Test
    void noRoundTripBeforeTheReceiverHasSeenAnSr() {
        aliceTalks(50);
        deliver(bob, null, bobHears, alice); // bob has no SSRC of alice yet: no block

        assertThat(alice.remoteReport()).isNull();

        deliver(alice, aliceSent(), aliceHears, bob);
        ByteBuffer wire = ByteBuffer.allocate(1500);
        RtcpReporter early = new RtcpReporter(0xB0BL, "bob@192.0.2.2");
        early.onReceived(ByteBuffer.wrap(new byte[] {(byte) 0x80, (byte) 201, 0, 1, 0, 0x0A, 0x11, (byte) 0xCE}),
            ntp()); // an RR from alice: bob learns her SSRC but has no SR of hers
        early.write(wire, null, ntp(), bobHears, false);
        alice.onReceived(wire.flip(), ntp());

        assertThat(alice.remoteReport().roundTripTime()).isNull();
        assertThat(alice.remoteReport().cumulativeLost()).isEqualTo(5);
    }

    @Test
    void aSecondReportRefinesTheLossOfItsOwnInterval() {
        aliceTalks(100);
        deliver(alice, aliceSent(), aliceHears, bob);
        deliver(bob, null, bobHears, alice);
        int firstFraction = alice.remoteReport().fractionLost();
        for (int i = 0; i < 100; i++) { // a clean stretch
            bobHears.onPacket((int) alicePackets, alicePackets * 160, nowMillis);
            alicePackets++;
            nowMillis += 20;
        }
        deliver(bob, null, bobHears, alice);

        assertThat(firstFraction).isPositive();
        assertThat(alice.remoteReport().fractionLost()).isZero();
        assertThat(alice.remoteReport().cumulativeLost()).isEqualTo(10);
        assertThat(alice.remoteReport().roundTripTime()).as("kept from the block that had one")
            .isNotNull();
    }

    @Test
    void aReceiverToldTheRtpSsrcReportsBeforeItHearsAnyRtcp() {
        aliceTalks(50);
        bob.receivingFrom(0xA11CEL);
        deliver(bob, null, bobHears, alice);

        assertThat(alice.remoteReport().cumulativeLost()).isEqualTo(5);
        assertThat(alice.remoteReport().roundTripTime()).as("no SR of alice's yet").isNull();
    }

    @Test
    void aByeEndsTheCompound() {
        ByteBuffer wire = ByteBuffer.allocate(1500);
        alice.write(wire, aliceSent(), ntp(), null, true);
        RtcpReader reader = new RtcpReader();
        int last = 0;
        assertThat(reader.reset(wire.flip())).isTrue();
        while (reader.next()) {
            last = reader.packetType();
        }
        assertThat(last).isEqualTo(RtcpPacketType.BYE);
    }
}
