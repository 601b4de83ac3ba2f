package org.centralino.media.jitter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The jitter buffer behind a simulated network (seeded): order, loss, bursts, duplicates, drift, wrap. */
class JitterBufferNetworkTest {

    /** The run's figures, shown with a failing assertion. */
    private static String summary(String what, NetworkSimulation.Result r) {
        return String.format("%s: packets=%d played=%d unidentified=%d playouts=%s delay=[%.1f, %.1f] %s", what,
            r.packets(), r.played().size(), r.unidentified(), java.util.Arrays.toString(r.playouts()), r.minDelayMs(),
            r.maxDelayMs(), r.stats());
    }

    @Test
    void reorderedPacketsArePlayedInSequenceOrder() {
        NetworkSimulation net = new NetworkSimulation();
        net.jitterMs = 60; // packets 20 ms apart with up to 60 ms of jitter: reordered all the time
        NetworkSimulation.Result r = net.run(1, 60);
        assertThat(r.inOrder()).as(summary("reorder", r)).isTrue();
        assertThat(r.played().size()).isGreaterThan(r.packets() * 97 / 100);
        assertThat(r.stats().late()).isLessThan(r.packets() / 100);
        assertThat(r.stats().lost()).isLessThanOrEqualTo(r.stats().late());
        assertThat(r.maxDelayMs()).isLessThanOrEqualTo(JitterConfig.DEFAULT_MAX_DELAY_MILLIS + 20);
        assertThat(r.minDelayMs()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void fivePercentRandomLossIsCountedAndConcealed() {
        NetworkSimulation net = new NetworkSimulation();
        net.jitterMs = 10;
        net.loss = 0.05;
        NetworkSimulation.Result r = net.run(2, 120);
        assertThat(r.inOrder()).as(summary("loss", r)).isTrue();
        double lostShare = (double) r.stats().lost() / r.packets();
        assertThat(lostShare).isBetween(0.04, 0.06);
        assertThat(r.stats().concealed()).isGreaterThanOrEqualTo(r.stats().lost());
        assertThat(r.stats().late()).isZero();
        assertThat(r.played().size() + r.unidentified()).isGreaterThan(r.packets() * 93 / 100);
    }

    @Test
    void afterNetworkStallsTheDelayGrowsThenComesBackDown() {
        NetworkSimulation net = new NetworkSimulation();
        net.jitterMs = 5;
        net.stallEveryMs = 10_000;
        net.stallMs = 150; // a Wi-Fi stall: 150 ms of packets arrive at once, every 10 s
        NetworkSimulation.Result r = net.run(3, 120);
        assertThat(r.inOrder()).as(summary("stalls", r)).isTrue();
        assertThat(r.stats().underruns()).isBetween(1L, 2L * 11);
        assertThat(r.maxDelayMs()).isLessThanOrEqualTo(JitterConfig.DEFAULT_MAX_DELAY_MILLIS + 40);
        assertThat(r.stats().targetMillis()).isLessThan(JitterConfig.DEFAULT_MAX_DELAY_MILLIS);
        assertThat(r.played().size()).isGreaterThan(r.packets() * 90 / 100);
    }

    @Test
    void duplicatesArePlayedOnce() {
        NetworkSimulation net = new NetworkSimulation();
        net.jitterMs = 20;
        net.duplicates = 0.1;
        NetworkSimulation.Result r = net.run(4, 60);
        assertThat(r.inOrder()).as(summary("duplicates", r)).isTrue();
        assertThat(r.stats().duplicates() + r.stats().late()).isBetween(r.packets() / 15L, r.packets() / 7L);
        assertThat(r.played().size()).isGreaterThan(r.packets() * 97 / 100);
    }

    @Test
    void aSenderOnePercentFastOrSlowOverTenMinutesNeitherFloodsNorStarvesTheBuffer() {
        for (long spacing : new long[] {19_800, 20_200}) {
            NetworkSimulation net = new NetworkSimulation();
            net.jitterMs = 15;
            net.senderSpacingMicros = spacing;
            NetworkSimulation.Result r = net.run(5, 600);
            assertThat(r.inOrder()).as(summary("drift " + spacing, r)).isTrue();
            assertThat(r.stats().underruns()).as("underruns at %d µs", spacing).isLessThan(10);
            assertThat(r.maxDelayMs()).as("delay at %d µs", spacing)
                .isLessThanOrEqualTo(JitterConfig.DEFAULT_MAX_DELAY_MILLIS);
            assertThat(r.minDelayMs()).isGreaterThanOrEqualTo(JitterConfig.DEFAULT_MIN_DELAY_MILLIS);
            // about 1% of 30 000 frames must be taken out (fast sender) or made up (slow sender)
            long corrections = spacing < 20_000 ? r.stats().dropped() : r.stats().inserted();
            assertThat(corrections).as("corrections at %d µs", spacing).isBetween(250L, 400L);
        }
    }

    @Test
    void sequenceAndTimestampWrapAroundChangeNothing() {
        NetworkSimulation net = new NetworkSimulation();
        net.jitterMs = 30;
        net.firstSequence = 65_000; // wraps after 536 packets, ~11 s
        net.firstTimestamp = 0xFFFF_FFFFL - 800_000; // wraps after 100 s
        NetworkSimulation.Result r = net.run(6, 120);
        assertThat(r.inOrder()).as(summary("wrap", r)).isTrue();
        assertThat(r.stats().resyncs()).isZero();
        assertThat(r.stats().lost()).isLessThan(r.packets() / 100);
        assertThat(r.played().size()).isGreaterThan(r.packets() * 97 / 100);
    }
}
