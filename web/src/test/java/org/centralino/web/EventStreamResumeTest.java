package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventStreamResumeTest extends StreamTestBase {
    private static final int BURST = 3_000;

    /** Publishes Numbered 0..count-1 on another thread, pausing now and then so that readers interleave. */
    private CompletableFuture<Void> publish(int count) {
        return CompletableFuture.runAsync(() -> {
            for (int i = 0; i < count; i++) {
                server.events.publish(new Numbered(i));
                if (i % 50 == 49) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                }
            }
        });
    }

    /** Reads events until the one numbered {@code lastN}, checking the seqs follow each other from {@code after}. */
    private static List<Integer> readUntil(StreamTestClient c, long after, int lastN) {
        List<Integer> ns = new ArrayList<>();
        long expected = after + 1;
        while (ns.isEmpty() || ns.getLast() != lastN) {
            JsonNode m = c.next();
            assertThat(m.get("seq").longValue()).as("seq after %d", expected - 1).isEqualTo(expected++);
            ns.add(m.get("data").get("n").intValue());
        }
        return ns;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void aClientThatDisconnectsMidBurstAndResumesWithItsLastSeqGetsEveryEventOnce() {
        String token = adminToken();
        StreamTestClient first = connect(token, "");
        String cursor = hello(first);
        String epoch = cursor.substring(0, cursor.indexOf(':'));
        CompletableFuture<Void> publishing = publish(BURST);

        List<Integer> seen = new ArrayList<>();
        long lastSeq = 0;
        while (seen.size() < BURST / 3) {
            JsonNode m = first.next();
            assertThat(m.get("seq").longValue()).isEqualTo(lastSeq + 1);
            lastSeq = m.get("seq").longValue();
            seen.add(m.get("data").get("n").intValue());
        }
        first.close();
        // events go on while the client is away; it comes back with the last one it saw
        StreamTestClient second = connect(token, "since=" + epoch + ":" + lastSeq);
        seen.addAll(readUntil(second, lastSeq, BURST - 1));
        publishing.join();

        assertThat(seen).isEqualTo(range(0, BURST - 1));
    }

    @Test
    void clientsThatConnectWithSinceWhileEventsArriveGetTheReplayThenLiveWithoutGapOrRepeat() {
        String token = adminToken();
        StreamTestClient probe = connect(token, "");
        String epoch = hello(probe).split(":")[0];
        CompletableFuture<Void> publishing = publish(BURST);

        List<StreamTestClient> late = new ArrayList<>();
        List<Long> since = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // a cursor some way back from the newest event, taken while appends go on
            long at = Math.max(0, server.web.live().journal().last() - 100);
            since.add(at);
            late.add(connect(token, "since=" + epoch + ":" + at));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        publishing.join();

        for (int i = 0; i < late.size(); i++) {
            List<Integer> ns = readUntil(late.get(i), since.get(i), BURST - 1);
            assertThat(ns).isEqualTo(range((int) (long) since.get(i), BURST - 1));
        }
        assertThat(readUntil(probe, 0, BURST - 1)).isEqualTo(range(0, BURST - 1));
    }

    @Test
    void aCursorOfAnotherEpochOrFromTheFutureGetsAResetThenLiveEvents() {
        String token = adminToken();
        server.events.publish(new Numbered(0));
        server.events.publish(new Numbered(1));
        String epoch = server.web.live().journal().epoch();

        for (String since : new String[] {"otherepoch:1", epoch + ":7", "7"}) {
            StreamTestClient c = connect(token, "since=" + since);
            JsonNode reset = c.next();
            assertThat(reset.get("type").stringValue()).isEqualTo("stream.reset");
            assertThat(reset.get("seq").longValue()).isEqualTo(2);
            assertThat(reset.get("epoch").stringValue()).isEqualTo(epoch);
            assertThat(reset.get("data").get("reason").stringValue()).as(since)
                .containsAnyOf("restarted", "never sent");
        }
    }

    @Test
    void aBareSinceOfTheRunningEpochResumesAsTheContractSays() {
        String token = adminToken();
        for (int i = 0; i < 5; i++) {
            server.events.publish(new Numbered(i));
        }
        StreamTestClient c = connect(token, "since=2");
        assertThat(readUntil(c, 2, 4)).containsExactly(2, 3, 4);
    }
}
