package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.DatagramChannel;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.centralino.media.rtcp.NtpTime;
import org.centralino.media.rtcp.ReportBlock;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §2: "the relay path allocates nothing per packet". Measured on the media thread itself with the
 * JVM's per-thread allocation counter, after a warm-up that lets the JIT compile the path: plain RTP, and RTP
 * with sequence gaps and new sources plus RTCP SRs and RRs that the relay reads for call quality.
 */
class RelayAllocationTest {
    private static final int WARM_UP_PACKETS = 30_000;
    private static final int MEASURED_PACKETS = 20_000;
    /** Far below one object per packet (20,000 packets x 16 bytes = 320 KB). */
    private static final long ALLOWED_BYTES = 64 * 1024;
    /**
     * Descriptors opened first so the relay's sockets get numbers above 127: the JDK's epoll selector finds a
     * ready key through a map keyed by the boxed descriptor, and only small numbers come from the Integer
     * cache. A real PBX has thousands of descriptors, so the test must not pass on small ones only: the build
     * runs it, as the server must run, with {@link SelectorBoxing#JVM_OPTION} (see media/pom.xml).
     */
    private static final int BALLAST_DESCRIPTORS = 200;
    /** One RTCP exchange (alice's SR, bob's RR on it) every this many RTP packets. */
    private static final int RTP_PER_RTCP = 50;

    /** Relays {@code packets} datagrams through the session. */
    private interface Traffic {
        void relay(int packets);
    }

    @Test
    void relayingTwentyThousandPacketsAllocatesAlmostNothingOnTheMediaThread() throws IOException {
        measure((engine, alice, bob, aliceRtcp, bobRtcp, s) -> new Exchange(alice, bob, s)::relay, false);
    }

    @Test
    void relayingRtpWithGapsAndRtcpReportsAllocatesAlmostNothingOnTheMediaThread() throws IOException {
        measure((engine, alice, bob, aliceRtcp, bobRtcp, s) -> new LossyCall(alice, bob, aliceRtcp, bobRtcp, s)::relay,
            true);
    }

    /** Builds the traffic for a session between phones. */
    private interface Scenario {
        Traffic on(RtpEngine engine, Phone alice, Phone bob, Phone aliceRtcp, Phone bobRtcp, RelaySession s);
    }

    private void measure(Scenario scenario, boolean checkQuality) throws IOException {
        assertThat(SelectorBoxing.descriptorsAreCached())
            .as("this JVM runs with %s, as media/pom.xml asks", SelectorBoxing.JVM_OPTION).isTrue();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<DatagramChannel> ballast = new ArrayList<>();
        RtpEngineConfig oneThread = TestEngines.config().withLoopThreads(1);
        try (RtpEngine engine = TestEngines.started(oneThread, InstantSource.system())) {
            for (int i = 0; i < BALLAST_DESCRIPTORS; i++) {
                ballast.add(DatagramChannel.open());
            }
            try (Phone alice = Phone.open(); Phone bob = Phone.open(); Phone aliceRtcp = Phone.open();
                 Phone bobRtcp = Phone.open(); RelaySession s = engine.createSession(RelayListener.NONE)) {
                s.setRemote(Side.A, alice.address(), aliceRtcp.address());
                s.setRemote(Side.B, bob.address(), bobRtcp.address());
                long mediaThread = engine.loopThreadIds()[0];
                Traffic traffic = scenario.on(engine, alice, bob, aliceRtcp, bobRtcp, s);
                traffic.relay(WARM_UP_PACKETS);

                long before = threads.getThreadAllocatedBytes(mediaThread);
                traffic.relay(MEASURED_PACKETS);
                long allocated = threads.getThreadAllocatedBytes(mediaThread) - before;

                assertThat(before).as("allocation counter of the media thread").isPositive();
                assertThat(allocated)
                    .as("bytes allocated by the media thread while relaying %d packets", MEASURED_PACKETS)
                    .isLessThan(ALLOWED_BYTES);
                assertRelayedAll(engine, s, checkQuality);
            }
        } finally {
            for (DatagramChannel c : ballast) {
                c.close();
            }
        }
    }

    /** Every packet sent was relayed; with {@code checkQuality}, the scenario's gaps and RRs were seen too. */
    private static void assertRelayedAll(RtpEngine engine, RelaySession s, boolean checkQuality) {
        LegStats a = s.stats(Side.A);
        LegStats b = s.stats(Side.B);
        assertThat(a.rtpPacketsIn() + b.rtpPacketsIn() + a.rtcpPacketsIn() + b.rtcpPacketsIn())
            .isEqualTo(WARM_UP_PACKETS + MEASURED_PACKETS);
        if (checkQuality) {
            engine.publishQualityNow();
            assertThat(s.quality(Side.A).packetsLost()).as("the gaps were seen").isPositive();
            assertThat(s.quality(Side.B).roundTripTime()).as("bob's RRs were read").isNotNull();
        }
    }

    /** Alice and Bob take turns: one packet each way, each waited for, so nothing is lost to full buffers. */
    private record Exchange(Phone alice, Phone bob, RelaySession session) {
        void relay(int packets) {
            byte[] voice = Packets.rtp(1, 0x5EED, new byte[160]);
            for (int i = 0; i < packets; i++) {
                boolean fromAlice = (i & 1) == 0;
                Phone sender = fromAlice ? alice : bob;
                Phone receiver = fromAlice ? bob : alice;
                sender.send(voice, session.endpoint(fromAlice ? Side.A : Side.B).localRtp());
                receiver.receive();
            }
        }
    }

    /**
     * Alice talks with every seventh sequence number missing and a new SSRC every 5,000 packets; every 50
     * packets she sends an SR and bob answers with an RR on it, as phones do. Datagrams are built before the
     * measurement where possible; building them on the test thread does not count for the media thread.
     */
    private static final class LossyCall {
        private final Phone alice;
        private final Phone bob;
        private final Phone aliceRtcp;
        private final Phone bobRtcp;
        private final RelaySession session;
        private int seq;
        private int sent;

        LossyCall(Phone alice, Phone bob, Phone aliceRtcp, Phone bobRtcp, RelaySession session) {
            this.alice = alice;
            this.bob = bob;
            this.aliceRtcp = aliceRtcp;
            this.bobRtcp = bobRtcp;
            this.session = session;
        }

        void relay(int packets) {
            for (int i = 0; i < packets; i++) {
                if (sent % RTP_PER_RTCP == RTP_PER_RTCP - 2) {
                    rtcpRoundTrip();
                    i++; // the SR and the RR are two datagrams
                } else {
                    seq += seq % 7 == 6 ? 2 : 1;
                    byte[] voice = Packets.rtp(seq & 0xFFFF, seq * 160L, 0x5EED + sent / 5000, new byte[160]);
                    alice.send(voice, session.endpoint(Side.A).localRtp());
                    bob.receive();
                }
                sent++;
            }
        }

        private void rtcpRoundTrip() {
            long ntp = NtpTime.fromEpochMillis(System.currentTimeMillis());
            aliceRtcp.send(Packets.senderReport(0x5EED, ntp, seq * 160L, sent), session.endpoint(Side.A).localRtcp());
            bobRtcp.receive();
            ReportBlock block = new ReportBlock(0x5EED, 36, sent / 7, seq, 12, NtpTime.middle32(ntp), 65);
            bobRtcp.send(Packets.receiverReport(0xB0B, block), session.endpoint(Side.B).localRtcp());
            aliceRtcp.receive();
        }
    }
}
