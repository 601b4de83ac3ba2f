package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.DatagramChannel;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §2: "the relay path allocates nothing per packet". Measured on the media thread itself with the
 * JVM's per-thread allocation counter, after a warm-up that lets the JIT compile the path.
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

    @Test
    void relayingTwentyThousandPacketsAllocatesAlmostNothingOnTheMediaThread() throws IOException {
        assertThat(SelectorBoxing.descriptorsAreCached())
            .as("this JVM runs with %s, as media/pom.xml asks", SelectorBoxing.JVM_OPTION).isTrue();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<DatagramChannel> ballast = new ArrayList<>();
        RtpEngineConfig oneThread = TestEngines.config().withLoopThreads(1);
        try (RtpEngine engine = TestEngines.started(oneThread, InstantSource.system())) {
            for (int i = 0; i < BALLAST_DESCRIPTORS; i++) {
                ballast.add(DatagramChannel.open());
            }
            try (Phone alice = Phone.open(); Phone bob = Phone.open();
                 RelaySession s = engine.createSession(alice.address(), bob.address(), RelayListener.NONE)) {
                long mediaThread = engine.loopThreadIds()[0];
                Exchange exchange = new Exchange(alice, bob, s);
                exchange.relay(WARM_UP_PACKETS);

                long before = threads.getThreadAllocatedBytes(mediaThread);
                exchange.relay(MEASURED_PACKETS);
                long allocated = threads.getThreadAllocatedBytes(mediaThread) - before;

                assertThat(before).as("allocation counter of the media thread").isPositive();
                assertThat(allocated)
                    .as("bytes allocated by the media thread while relaying %d packets", MEASURED_PACKETS)
                    .isLessThan(ALLOWED_BYTES);
                assertThat(s.stats(Side.A).rtpPacketsIn() + s.stats(Side.B).rtpPacketsIn())
                    .isEqualTo(WARM_UP_PACKETS + MEASURED_PACKETS);
            }
        } finally {
            for (DatagramChannel c : ballast) {
                c.close();
            }
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
}
