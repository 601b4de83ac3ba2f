package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two phones on loopback talking through one session: relaying, latching, validation, counters. */
class RelaySessionTest {
    private static final Duration NOTHING = Duration.ofMillis(300);
    private static final Duration AWAIT = Duration.ofSeconds(5);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T10:00:00Z"));
    private TwoPhones net;

    @BeforeEach
    void start() {
        net = new TwoPhones(TestEngines.config().withRelatchAfterPackets(3), clock);
    }

    @AfterEach
    void stop() {
        net.close();
    }

    private RelaySession signalledSession() throws IOException {
        return net.engine.createSession(net.alice.address(), net.bob.address(), RelayListener.NONE);
    }

    private static InetSocketAddress rtpOf(RelaySession s, Side side) {
        return s.endpoint(side).localRtp();
    }

    @Test
    void relaysRtpBothWaysWithPayloadIntact() throws IOException {
        try (RelaySession s = signalledSession()) {
            byte[] fromAlice = Packets.rtp(1, "hello bob");
            byte[] fromBob = Packets.rtp(7, 0xCAFE_BABEL, new byte[160]);

            net.alice.send(fromAlice, rtpOf(s, Side.A));
            Phone.Received atBob = net.bob.receive();
            net.bob.send(fromBob, rtpOf(s, Side.B));
            Phone.Received atAlice = net.alice.receive();

            assertThat(atBob.data()).isEqualTo(fromAlice);
            assertThat(atBob.from()).as("bob hears the PBX's leg-B port").isEqualTo(rtpOf(s, Side.B));
            assertThat(atAlice.data()).isEqualTo(fromBob);
            assertThat(atAlice.from()).isEqualTo(rtpOf(s, Side.A));
        }
    }

    @Test
    void engineTotalsCountOpenAndClosedSessions() throws IOException {
        RelaySession s = signalledSession();
        net.alice.send(Packets.rtp(1, "one"), rtpOf(s, Side.A));
        net.bob.receive();
        net.bob.send(Packets.rtp(2, "two"), rtpOf(s, Side.B));
        net.alice.receive();
        assertThat(net.engine.totals()).as("while open").isEqualTo(new RelayTotals(1, 2, 2, 0));
        s.close();
        try (RelaySession other = signalledSession()) {
            net.alice.send(new byte[] {1, 2, 3}, rtpOf(other, Side.A)); // not RTP: dropped
            await().atMost(AWAIT).until(() -> other.stats(Side.A).dropped() == 1);
            assertThat(net.engine.totals()).as("closed plus open").isEqualTo(new RelayTotals(2, 2, 2, 1));
        }
    }

    @Test
    void announcesAnEvenRtpPortWithRtcpOnTheNextOne() throws IOException {
        try (RelaySession s = signalledSession()) {
            for (Side side : Side.values()) {
                RelayEndpoint leg = s.endpoint(side);
                assertThat(leg.localRtp().getPort() % 2).isZero();
                assertThat(leg.localRtcp().getPort()).isEqualTo(leg.localRtp().getPort() + 1);
                assertThat(leg.localRtp().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
            }
        }
    }

    @Test
    void latchesToTheSourceActuallySeenInsteadOfTheSignalledAddress() throws IOException {
        // Bob's SDP names a private address the PBX cannot reach (as behind NAT); his packets come from elsewhere.
        InetSocketAddress signalledButWrong = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
        try (RelaySession s = net.engine.createSession(net.alice.address(), signalledButWrong, RelayListener.NONE)) {
            assertThat(s.endpoint(Side.B).remoteRtp()).isEqualTo(signalledButWrong);

            net.bob.send(Packets.rtp(1, "from behind nat"), rtpOf(s, Side.B));
            assertThat(Packets.payloadText(net.alice.receive().data())).isEqualTo("from behind nat");
            net.alice.send(Packets.rtp(1, "reply"), rtpOf(s, Side.A));

            assertThat(Packets.payloadText(net.bob.receive().data())).isEqualTo("reply");
            assertThat(s.endpoint(Side.B).remoteRtp()).isEqualTo(net.bob.address());
            assertThat(s.stats(Side.B).latched()).isTrue();
        }
    }

    @Test
    void dropsPacketsWhileThePeerAddressIsUnknownThenRelaysOnceItLatches() throws IOException {
        try (RelaySession s = net.engine.createSession(net.alice.address(), null, RelayListener.NONE)) {
            for (int i = 0; i < 3; i++) {
                net.alice.send(Packets.rtp(i, "too early"), rtpOf(s, Side.A));
            }
            await().atMost(AWAIT).until(() -> s.stats(Side.A).droppedNoPeerAddress() == 3);
            assertThat(net.bob.receive(NOTHING)).isNull();

            net.bob.send(Packets.rtp(1, "here I am"), rtpOf(s, Side.B));
            net.alice.receive();
            net.alice.send(Packets.rtp(4, "now it flows"), rtpOf(s, Side.A));

            assertThat(Packets.payloadText(net.bob.receive().data())).isEqualTo("now it flows");
            assertThat(s.stats(Side.A).dropped()).isEqualTo(3);
        }
    }

    @Test
    void relatchesAfterConsecutivePacketsFromANewSource() throws IOException {
        try (RelaySession s = signalledSession(); Phone bobAfterNatRebinding = Phone.open()) {
            net.bob.send(Packets.rtp(1, "old"), rtpOf(s, Side.B));
            net.alice.receive();

            for (int i = 2; i <= 4; i++) {
                bobAfterNatRebinding.send(Packets.rtp(i, "new " + i), rtpOf(s, Side.B));
            }

            // Relatch after 3: the first two are dropped, the third moves the latch and is relayed.
            assertThat(Packets.payloadText(net.alice.receive().data())).isEqualTo("new 4");
            assertThat(s.stats(Side.B).droppedForeignSource()).isEqualTo(2);
            assertThat(s.stats(Side.B).relatches()).isEqualTo(1);
            net.alice.send(Packets.rtp(9, "to the new address"), rtpOf(s, Side.A));
            assertThat(Packets.payloadText(bobAfterNatRebinding.receive().data())).isEqualTo("to the new address");
            assertThat(net.bob.receive(NOTHING)).isNull();
        }
    }

    @Test
    void aSpoofedPacketIsDroppedAndDoesNotMoveTheLatch() throws IOException {
        try (RelaySession s = signalledSession(); Phone attacker = Phone.open()) {
            net.bob.send(Packets.rtp(1, "genuine"), rtpOf(s, Side.B));
            net.alice.receive();

            attacker.send(Packets.rtp(2, "spoofed"), rtpOf(s, Side.B));
            net.bob.send(Packets.rtp(3, "genuine again"), rtpOf(s, Side.B));
            attacker.send(Packets.rtp(4, "spoofed"), rtpOf(s, Side.B));
            attacker.send(Packets.rtp(5, "spoofed"), rtpOf(s, Side.B));

            assertThat(Packets.payloadText(net.alice.receive().data())).isEqualTo("genuine again");
            await().atMost(AWAIT).until(() -> s.stats(Side.B).droppedForeignSource() == 3);
            assertThat(net.alice.receive(NOTHING)).as("no spoofed packet reaches alice").isNull();
            assertThat(s.endpoint(Side.B).remoteRtp()).isEqualTo(net.bob.address());
            net.alice.send(Packets.rtp(6, "still to bob"), rtpOf(s, Side.A));
            assertThat(Packets.payloadText(net.bob.receive().data())).isEqualTo("still to bob");
            assertThat(attacker.receive(NOTHING)).isNull();
        }
    }

    @Test
    void relaysRtcpBetweenTheRtcpPorts() throws IOException {
        try (RelaySession s = signalledSession(); Phone aliceRtcp = Phone.open(); Phone bobRtcp = Phone.open()) {
            s.setRemote(Side.A, net.alice.address(), aliceRtcp.address());
            s.setRemote(Side.B, net.bob.address(), bobRtcp.address());
            byte[] report = Packets.rtcpReceiverReport(0xA11CEL);

            aliceRtcp.send(report, s.endpoint(Side.A).localRtcp());
            Phone.Received atBob = bobRtcp.receive();
            bobRtcp.send(Packets.rtcpReceiverReport(0xB0BL), s.endpoint(Side.B).localRtcp());
            Phone.Received atAlice = aliceRtcp.receive();

            assertThat(atBob.data()).isEqualTo(report);
            assertThat(atBob.from()).isEqualTo(s.endpoint(Side.B).localRtcp());
            assertThat(atAlice.data()).isEqualTo(Packets.rtcpReceiverReport(0xB0BL));
            assertThat(net.bob.receive(NOTHING)).as("RTCP does not go to the RTP port").isNull();
            assertThat(s.stats(Side.A).rtcpPacketsIn()).isEqualTo(1);
            await().atMost(AWAIT).until(() -> s.stats(Side.A).rtcpPacketsOut() == 1);
        }
    }

    @Test
    void dropsDatagramsThatAreNotRtpOrRtcp() throws IOException {
        try (RelaySession s = signalledSession()) {
            byte[] version1 = Packets.rtp(1, "old version");
            version1[0] = 0x40;
            byte[] tooShortForRtp = new byte[] {(byte) 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0};
            byte[] tooShortForRtcp = new byte[] {(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0};
            byte[] rtpOnTheRtcpPort = Packets.rtp(2, "not rtcp");

            net.alice.send(version1, rtpOf(s, Side.A));
            net.alice.send(tooShortForRtp, rtpOf(s, Side.A));
            net.alice.send("OPTIONS sip:x SIP/2.0\r\n\r\n".getBytes(), rtpOf(s, Side.A));
            net.alice.send(tooShortForRtcp, s.endpoint(Side.A).localRtcp());
            net.alice.send(rtpOnTheRtcpPort, s.endpoint(Side.A).localRtcp());

            await().atMost(AWAIT).until(() -> s.stats(Side.A).droppedInvalid() == 5);
            assertThat(net.bob.receive(NOTHING)).isNull();
            assertThat(s.stats(Side.A).latched()).as("garbage latches nothing").isFalse();
            assertThat(s.stats(Side.A).rtpPacketsIn()).isZero();
        }
    }

    @Test
    void countsPacketsAndBytesPerLegAndStampsTheLastRtpWithTheEngineClock() throws IOException {
        try (RelaySession s = signalledSession()) {
            assertThat(s.stats(Side.A).lastRtpAt()).isNull();
            clock.advance(Duration.ofSeconds(5));
            for (int i = 0; i < 4; i++) {
                net.alice.send(Packets.rtp(i, 1L, new byte[160]), rtpOf(s, Side.A));
                net.bob.receive();
            }
            // the loop counts a packet out just after sending it: wait for the last count
            await().atMost(AWAIT).until(() -> s.stats(Side.B).rtpPacketsOut() == 4);

            LegStats a = s.stats(Side.A);
            LegStats b = s.stats(Side.B);
            assertThat(a.rtpPacketsIn()).isEqualTo(4);
            assertThat(a.rtpBytesIn()).isEqualTo(4 * 172);
            assertThat(a.rtpPacketsOut()).isZero();
            assertThat(b.rtpPacketsOut()).isEqualTo(4);
            assertThat(b.rtpBytesOut()).isEqualTo(4 * 172);
            assertThat(b.rtpPacketsIn()).isZero();
            assertThat(a.lastRtpAt()).isEqualTo(Instant.parse("2026-11-22T10:00:05Z"));
            assertThat(a.dropped()).isZero();
        }
    }

    @Test
    void aNewSignalledAddressRedirectsTheMediaUntilPacketsLatchAgain() throws IOException {
        try (RelaySession s = signalledSession(); Phone bobsOtherDevice = Phone.open()) {
            net.bob.send(Packets.rtp(1, "latch"), rtpOf(s, Side.B));
            net.alice.receive();

            s.setRemote(Side.B, bobsOtherDevice.address());
            net.alice.send(Packets.rtp(2, "after re-invite"), rtpOf(s, Side.A));

            assertThat(Packets.payloadText(bobsOtherDevice.receive().data())).isEqualTo("after re-invite");
            assertThat(s.stats(Side.B).latched()).isFalse();
        }
    }

    @Test
    void relaysRtcpMultiplexedOnTheRtpPort() throws IOException {
        try (RelaySession s = signalledSession()) {
            byte[] report = Packets.rtcpReceiverReport(42);
            net.alice.send(report, rtpOf(s, Side.A));

            assertThat(net.bob.receive().data()).isEqualTo(report);
            assertThat(s.stats(Side.A).rtcpPacketsIn()).isEqualTo(1);
            assertThat(s.stats(Side.A).rtpPacketsIn()).isZero();
        }
    }
}
