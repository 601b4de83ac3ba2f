package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.centralino.media.codec.G711Codec;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §2 for the PBX's own media endpoint: a terminated leg's receive path (every RTP packet: header,
 * jitter buffer) and its send path (every tick: jitter buffer out, decode, resample, encode, RTP out, RTCP when
 * due) allocate nothing in steady state. Two G.711 phones in a transcoded call (both legs terminated, bridged)
 * on the real 20 ms clock; the media thread's own allocation counter, after a warm-up, over several RTCP
 * intervals and timeout checks.
 */
class TerminationAllocationTest {
    /** Ticks of warm-up: the paths run often enough for the JIT to compile them. */
    private static final int WARM_UP_PACKETS = 400;
    /** Ticks measured: 12 s, two or three RTCP reports per leg (RFC 3550 §6.3, 5 s minimum). */
    private static final int MEASURED_PACKETS = 600;
    /**
     * Half of one small object per tick (600 ticks x 2 legs x 16 bytes = 19 KB; packets as many again). What
     * does allocate, outside the per-packet and per-tick paths, fits well within: the quality snapshot each
     * timeout check ({@code LegQualityTracker.publish}, two LegQuality records a second) and each RTCP report
     * (every 5 s or so per leg: sender counters and info, the report block and its list, the interval's
     * Duration); about 3 KB over these 12 s when measured.
     */
    private static final long ALLOWED_BYTES = 8 * 1024;
    /** As in {@link RelayAllocationTest}: relay sockets above the Integer cache of the epoll selector. */
    private static final int BALLAST_DESCRIPTORS = 200;

    @Test
    void aTranscodedG711CallAllocatesNothingOnTheMediaThreadInSteadyState() throws IOException {
        assertThat(SelectorBoxing.descriptorsAreCached())
            .as("this JVM runs with %s, as media/pom.xml asks", SelectorBoxing.JVM_OPTION).isTrue();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<DatagramChannel> ballast = new ArrayList<>();
        RtpEngineConfig config = TestEngines.config().withLoopThreads(1)
            .withTimeoutCheckInterval(Duration.ofSeconds(1)); // the production default: quality published each second
        try (RtpEngine engine = TestEngines.started(config, InstantSource.system())) {
            for (int i = 0; i < BALLAST_DESCRIPTORS; i++) {
                ballast.add(DatagramChannel.open());
            }
            try (CodecPhone alice = new CodecPhone(G711Codec.PCMU, 0, 0xA11CE);
                 CodecPhone bob = new CodecPhone(G711Codec.PCMU, 0, 0xB0B);
                 RelaySession s = engine.createSession(alice.address(), bob.address(), RelayListener.NONE)) {
                s.terminate(Side.A, StreamFormat.of(G711Codec.PCMU, 0));
                s.terminate(Side.B, StreamFormat.of(G711Codec.PCMU, 0));
                s.bridgeTerminated(true);
                long mediaThread = engine.loopThreadIds()[0];

                talk(s, alice, bob, WARM_UP_PACKETS);
                long before = threads.getThreadAllocatedBytes(mediaThread);
                talk(s, alice, bob, MEASURED_PACKETS);
                long allocated = threads.getThreadAllocatedBytes(mediaThread) - before;

                assertThat(before).as("allocation counter of the media thread").isPositive();
                assertThat(allocated)
                    .as("bytes allocated by the media thread over %d ticks of a transcoded call", MEASURED_PACKETS)
                    .isLessThan(ALLOWED_BYTES);
                assertThat(s.endpoint(Side.A).termination.receiver().packets())
                    .as("alice's packets were decoded").isGreaterThan(MEASURED_PACKETS);
                assertThat(s.endpoint(Side.B).termination.sender().packetsSent())
                    .as("bob was sent audio every tick").isGreaterThan(MEASURED_PACKETS);
            }
        } finally {
            for (DatagramChannel c : ballast) {
                c.close();
            }
        }
    }

    /** Both phones send a 20 ms PCMU packet of a tone every 20 ms of the real clock, and drop what they receive. */
    private static void talk(RelaySession s, CodecPhone alice, CodecPhone bob, int packets) {
        CodecPhone.paced(packets, i -> {
            alice.sendTone(1000, 8000, s.endpoint(Side.A).localRtp());
            bob.sendTone(700, 8000, s.endpoint(Side.B).localRtp());
            alice.drain();
            bob.drain();
            alice.received().clear();
            bob.received().clear();
        });
    }
}
