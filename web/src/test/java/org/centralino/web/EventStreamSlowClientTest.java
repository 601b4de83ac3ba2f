package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventStreamSlowClientTest extends StreamTestBase {
    /** A client may fall 200 events behind; each test event is 8 KiB, so socket buffers cannot hide a stall. */
    private static final int MAX_LAG = 200;
    private static final int EVENTS = 2_000;
    private static final int ROUND = 20;
    private static final String PAD = "x".repeat(8 * 1024);

    @Override
    StreamLimits streamLimits() {
        return new StreamLimits(10_000, Duration.ofMinutes(10), MAX_LAG, Duration.ofMillis(50), Duration.ofSeconds(60),
            Duration.ofSeconds(30));
    }

    @Test
    void aClientThatStopsReadingIsCutOffWhileTheOthersGetEveryEvent() {
        String token = adminToken();
        StreamTestClient slow = track(StreamTestClient.connectStalled(server.web.port(), "",
            Map.of("Authorization", "Bearer " + token)));
        StreamTestClient fast = connect(token, "");
        hello(slow);
        hello(fast);
        assertThat(server.web.live().journal().readers()).isEqualTo(2);

        // in rounds the reading client keeps up with (a burst beyond the lag limit would cut any client); the
        // publisher is never held up by the stalled client, and the reading one gets everything
        for (int i = 0; i < EVENTS; i += ROUND) {
            for (int j = i; j < i + ROUND; j++) {
                server.events.publish(new Numbered(j, PAD));
            }
            for (int j = i; j < i + ROUND; j++) {
                assertThat(fast.next().get("data").get("n").intValue()).isEqualTo(j);
            }
        }
        // the stalled client is cut once it has been over the limit for the grace; appends are what check it
        int extra = 0;
        for (; server.web.live().journal().readers() > 1 && extra < 50; extra++) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(20).toNanos());
            server.events.publish(new Numbered(EVENTS + extra, PAD));
            assertThat(fast.next().get("data").get("n").intValue()).isEqualTo(EVENTS + extra);
        }
        assertThat(server.web.live().journal().readers()).isEqualTo(1);

        slow.resume();
        StreamTestClient.Close close = slow.awaitClose();
        // the close frame is behind the data the socket already holds; if it cannot get out in time the
        // connection is dropped (1006), either way the client resumes with the last seq it received
        assertThat(close.code()).isIn(StreamClient.TRY_AGAIN_LATER, 1006);
        if (close.code() == StreamClient.TRY_AGAIN_LATER) {
            assertThat(close.reason()).contains("events behind; reconnect with since=");
        }
        assertThat(slow.messages.size()).isLessThan(EVENTS);
    }
}
