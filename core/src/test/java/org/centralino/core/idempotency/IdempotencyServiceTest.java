package org.centralino.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.centralino.core.MutableClock;
import org.junit.jupiter.api.Test;

/** The service passes the 24-hour and 10-minute cutoffs to the store and purges at most once an hour. */
class IdempotencyServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final List<String> calls = new ArrayList<>();
    final IdempotencyStore store = new IdempotencyStore() {
        @Override
        public Begin begin(String username, String key, String fingerprint, Instant now, Instant expiredBefore,
                           Instant abandonedBefore) {
            calls.add("begin " + now + " " + expiredBefore + " " + abandonedBefore);
            return new Begin.Started();
        }

        @Override
        public void complete(String username, String key, StoredResponse response) {
            calls.add("complete " + response.status());
        }

        @Override
        public void abandon(String username, String key) {
            calls.add("abandon");
        }

        @Override
        public int purge(Instant cutoff) {
            calls.add("purge " + cutoff);
            return 0;
        }
    };

    @Test
    void keysExpireAfter24HoursAndArePurgedHourly() {
        IdempotencyService s = new IdempotencyService(store, clock, new RequestFingerprints(new byte[32]));
        s.begin("alice", "k", "f");
        clock.advance(Duration.ofMinutes(30));
        s.begin("alice", "k", "f");
        clock.advance(Duration.ofMinutes(31));
        s.begin("alice", "k", "f");
        assertThat(calls).containsExactly(
            "purge 2026-11-21T10:00:00Z", "begin 2026-11-22T10:00:00Z 2026-11-21T10:00:00Z 2026-11-22T09:50:00Z",
            "begin 2026-11-22T10:30:00Z 2026-11-21T10:30:00Z 2026-11-22T10:20:00Z",
            "purge 2026-11-21T11:01:00Z", "begin 2026-11-22T11:01:00Z 2026-11-21T11:01:00Z 2026-11-22T10:51:00Z");
    }
}
