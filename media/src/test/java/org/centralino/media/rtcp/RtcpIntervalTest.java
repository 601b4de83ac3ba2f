package org.centralino.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** RFC 3550 §6.3.1 / A.7 with the random factor injected. */
class RtcpIntervalTest {
    /** A two-party G.711 call: 64 kbit/s of payload, RTCP 5 % of it (400 bytes/s), 100-byte reports. */
    private static final double RTCP_BW = RtcpInterval.rtcpBandwidth(64_000);

    @Test
    void theRtcpBandwidthIsFivePercentOfTheSessionsInBytes() {
        assertThat(RTCP_BW).isEqualTo(400.0);
    }

    @Test
    void aSmallSessionUsesTheFiveSecondMinimumRandomisedBetweenHalfAndOneAndAHalfThenCompensated() {
        Duration shortest = new RtcpInterval(() -> 0.0).next(2, 2, RTCP_BW, true, 100, false);
        Duration middle = new RtcpInterval(() -> 0.5).next(2, 2, RTCP_BW, true, 100, false);
        Duration longest = new RtcpInterval(() -> 0.999_999).next(2, 2, RTCP_BW, true, 100, false);

        assertThat(shortest.toMillis()).isEqualTo(2052); // 5 s x 0.5 / (e - 1.5)
        assertThat(middle.toMillis()).isEqualTo(4104);
        assertThat(longest.toMillis()).isEqualTo(6156);
    }

    @Test
    void theFirstReportMayComeAfterHalfTheMinimum() {
        assertThat(RtcpInterval.deterministicSeconds(2, 1, RTCP_BW, false, 100, true)).isEqualTo(2.5);
    }

    @Test
    void aLargeSessionSharesTheBandwidthWithSendersGettingAQuarter() {
        // 100 members, 2 senders (at most a quarter): receivers share 75 % among 98
        assertThat(RtcpInterval.deterministicSeconds(100, 2, RTCP_BW, false, 100, false))
            .isCloseTo(100.0 * 98 / 300, within(1e-9));
        // a sender shares 25 % with one other sender: 100 x 2 / 100 = 2 s, raised to the minimum
        assertThat(RtcpInterval.deterministicSeconds(100, 2, RTCP_BW, true, 100, false)).isEqualTo(5.0);
        // half the members send: no split, all 100 share the whole bandwidth
        assertThat(RtcpInterval.deterministicSeconds(100, 50, RTCP_BW, true, 100, false)).isEqualTo(25.0);
    }

    @Test
    void theAverageReportSizeMovesASixteenthTowardsEachNewPacket() {
        assertThat(RtcpInterval.averageSize(100, 260)).isEqualTo(110.0);
    }
}
