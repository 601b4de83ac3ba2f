package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventStreamRetentionTest extends StreamTestBase {
    @Override
    StreamLimits streamLimits() {
        return new StreamLimits(10, Duration.ofMinutes(10), 1_000, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofSeconds(10));
    }

    @Test
    void aCursorOlderThanTheRetainedEventsGetsAResetWithTheCurrentSeqThenLiveEvents() {
        String token = adminToken();
        for (int i = 1; i <= 30; i++) {
            server.events.publish(new Numbered(i));
        }
        String epoch = server.web.live().journal().epoch();

        StreamTestClient c = connect(token, "since=" + epoch + ":5");
        JsonNode reset = c.next();
        assertThat(reset.get("type").stringValue()).isEqualTo("stream.reset");
        assertThat(reset.get("seq").longValue()).isEqualTo(30);
        assertThat(reset.get("data").get("reason").stringValue()).contains("older than the retained events (from 21)");

        server.events.publish(new Numbered(31));
        assertThat(c.next().get("seq").longValue()).isEqualTo(31);
    }

    @Test
    void theOldestRetainedCursorStillResumes() {
        String token = adminToken();
        for (int i = 1; i <= 30; i++) {
            server.events.publish(new Numbered(i));
        }
        String epoch = server.web.live().journal().epoch();
        StreamTestClient c = connect(token, "since=" + epoch + ":20");
        for (int seq = 21; seq <= 30; seq++) {
            assertThat(c.next().get("seq").longValue()).isEqualTo(seq);
        }
    }
}
