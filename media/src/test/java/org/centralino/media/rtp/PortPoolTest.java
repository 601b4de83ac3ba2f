package org.centralino.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PortPoolTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void allocatesAnEvenRtpPortWithRtcpOnTheNextPortBothBoundAndNonBlocking() throws IOException {
        PortPool pool = new PortPool(new PortRange(21101, 21120), LOOPBACK);

        PortPair pair = pool.allocate();

        assertThat(pair.rtpAddress().getPort()).isBetween(21102, 21119).matches(p -> p % 2 == 0);
        assertThat(pair.rtcpAddress().getPort()).isEqualTo(pair.rtpAddress().getPort() + 1);
        assertThat(pair.rtpAddress().getAddress()).isEqualTo(LOOPBACK);
        assertThat(pair.rtp().isBlocking()).isFalse();
        assertThat(pair.rtcp().isBlocking()).isFalse();
        assertThat(pool.inUse()).isEqualTo(1);
        pool.release(pair);
    }

    @Test
    void skipsAPairWhosePortAnotherSocketHolds() throws IOException {
        try (DatagramChannel squatter = DatagramChannel.open(StandardProtocolFamily.INET)) {
            squatter.bind(new InetSocketAddress(LOOPBACK, 0));
            int taken = ((InetSocketAddress) squatter.getLocalAddress()).getPort();
            int first = taken & ~1;
            PortPool pool = new PortPool(new PortRange(first, first + 3), LOOPBACK);

            PortPair pair = pool.allocate();

            assertThat(pair.rtpAddress().getPort()).isEqualTo(first + 2);
            assertThat(pool.capacity()).isEqualTo(2);
            assertThat(pool.inUse()).isEqualTo(1);
            pool.release(pair);
        }
    }

    @Test
    void anExhaustedRangeFailsWithAnErrorThatNamesTheRangeAndWhatHoldsIt() throws IOException {
        PortPool pool = new PortPool(new PortRange(21130, 21133), LOOPBACK);
        List<PortPair> pairs = new ArrayList<>();
        pairs.add(pool.allocate());
        pairs.add(pool.allocate());

        assertThatThrownBy(pool::allocate)
            .isInstanceOf(PortRangeExhaustedException.class)
            .hasMessageContaining("21130-21133")
            .hasMessageContaining("127.0.0.1")
            .hasMessageContaining("2 of 2 pairs are in use");
        pairs.forEach(pool::release);
        assertThat(pool.inUse()).isZero();
    }

    @Test
    void aReleasedPairIsClosedAndItsPortsCanBeBoundAgain() throws IOException {
        PortPool pool = new PortPool(new PortRange(21140, 21141), LOOPBACK);
        PortPair pair = pool.allocate();

        pool.release(pair);

        assertThat(pair.isOpen()).isFalse();
        assertThat(pool.inUse()).isZero();
        try (DatagramChannel again = DatagramChannel.open(StandardProtocolFamily.INET)) {
            again.bind(pair.rtpAddress());
        }
        assertThat(pool.allocate().rtpAddress()).isEqualTo(pair.rtpAddress());
    }

    @Test
    void releasingTwiceDoesNotFreeAPairHandedOutAgain() throws IOException {
        PortPool pool = new PortPool(new PortRange(21150, 21151), LOOPBACK);
        PortPair first = pool.allocate();
        pool.release(first);
        PortPair second = pool.allocate();

        pool.release(first);

        assertThat(pool.inUse()).isEqualTo(1);
        assertThat(second.isOpen()).isTrue();
        pool.release(second);
    }

    @Test
    void concurrentAllocationsGetDistinctPairs() throws Exception {
        PortPool pool = new PortPool(new PortRange(21200, 21399), LOOPBACK);
        Callable<List<PortPair>> grab = () -> {
            List<PortPair> mine = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                mine.add(pool.allocate());
            }
            return mine;
        };
        List<PortPair> all = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<List<PortPair>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(threads.submit(grab));
            }
            for (Future<List<PortPair>> f : futures) {
                all.addAll(f.get());
            }
        }

        Set<Integer> ports = new HashSet<>();
        all.forEach(p -> ports.add(p.rtpAddress().getPort()));
        assertThat(ports).hasSize(80);
        assertThat(pool.inUse()).isEqualTo(80);
        all.forEach(pool::release);
        assertThat(pool.inUse()).isZero();
    }

    @Test
    void aRangeWithoutAnEvenOddPairIsRefused() {
        assertThatThrownBy(() -> new PortRange(21001, 21002))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no even/odd pair");
        assertThat(PortRange.parse("10000-20000").pairCount()).isEqualTo(5000);
        assertThat(new PortRange(10001, 10005).rtpPortOf(0)).isEqualTo(10002);
    }
}
