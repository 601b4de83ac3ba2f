package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.core.idempotency.Begin;
import org.centralino.core.idempotency.StoredResponse;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiIdempotencyStore}, run on each dialect. */
abstract class IdempotencyStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant LONG_AGO = T0.minusSeconds(86_400);
    static final StoredResponse CREATED = new StoredResponse(201, "application/json", "{\"number\":\"1001\"}");

    @Test
    void firstStartsThenInProgressThenReplayed() {
        JdbiIdempotencyStore s = new JdbiIdempotencyStore(open());
        assertThat(s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO)).isInstanceOf(Begin.Started.class);
        assertThat(s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO)).isInstanceOf(Begin.InProgress.class);
        s.complete("alice", "k1", CREATED);
        assertThat(s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO)).isEqualTo(new Begin.Replay(CREATED));
        assertThat(s.begin("alice", "k1", "f2", T0, LONG_AGO, LONG_AGO)).isInstanceOf(Begin.Reused.class);
        assertThatThrownBy(() -> s.complete("alice", "k1", CREATED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysArePerUser() {
        JdbiIdempotencyStore s = new JdbiIdempotencyStore(open());
        assertThat(s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO)).isInstanceOf(Begin.Started.class);
        assertThat(s.begin("bob", "k1", "f2", T0, LONG_AGO, LONG_AGO)).isInstanceOf(Begin.Started.class);
    }

    @Test
    void anAbandonedKeyStartsAgainAndAnExpiredOneIsReplaced() {
        Database db = open();
        JdbiIdempotencyStore s = new JdbiIdempotencyStore(db);
        s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO);
        s.abandon("alice", "k1");
        assertThat(s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO)).isInstanceOf(Begin.Started.class);
        s.complete("alice", "k1", CREATED);
        Instant dayLater = T0.plusSeconds(86_401);
        assertThat(s.begin("alice", "k1", "other", dayLater, dayLater.minusSeconds(86_400), LONG_AGO))
            .isInstanceOf(Begin.Started.class);
        s.begin("alice", "k2", "f", T0, LONG_AGO, LONG_AGO);
        assertThat(s.purge(T0.plusSeconds(1))).isEqualTo(1); // k2; k1 was re-created a day later
        assertThat(count(db, "idempotency_key")).isEqualTo(1);
    }

    @Test
    void aClaimLeftWithoutAnAnswerCanBeTakenAgainOnceAbandoned() {
        JdbiIdempotencyStore s = new JdbiIdempotencyStore(open());
        s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO);
        Instant later = T0.plusSeconds(601);
        assertThat(s.begin("alice", "k1", "f1", later, LONG_AGO, T0)).isInstanceOf(Begin.InProgress.class);
        assertThat(s.begin("alice", "k1", "f1", later, LONG_AGO, later.minusSeconds(600)))
            .isInstanceOf(Begin.Started.class);
        s.complete("alice", "k1", CREATED);
        assertThat(s.begin("alice", "k1", "f1", later.plusSeconds(900), LONG_AGO, later.plusSeconds(300)))
            .as("an answered key is kept until it expires").isEqualTo(new Begin.Replay(CREATED));
    }

    @Test
    void ofConcurrentClaimsExactlyOneStarts() throws Exception {
        Database db = open();
        JdbiIdempotencyStore first = new JdbiIdempotencyStore(db);
        JdbiIdempotencyStore second = new JdbiIdempotencyStore(open()); // another node
        List<Begin> results = new CopyOnWriteArrayList<>();
        concurrently(8, 5, (thread, i) ->
            results.add((thread % 2 == 0 ? first : second).begin("alice", "k" + i, "f", T0, LONG_AGO, LONG_AGO)));
        assertThat(results).hasSize(40);
        assertThat(results.stream().filter(b -> b instanceof Begin.Started).count()).isEqualTo(5);
        assertThat(results.stream().filter(b -> b instanceof Begin.InProgress).count()).isEqualTo(35);
    }

    @Test
    void theKeptHeadersAreReplayedAndAnAnswerWithoutHeadersHasNone() {
        JdbiIdempotencyStore s = new JdbiIdempotencyStore(open());
        StoredResponse created = new StoredResponse(201, "application/json", "{\"number\":\"1002\"}",
            Map.of("Location", "/api/v1/extensions/1002", "ETag", "\"1\""));
        s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO);
        s.complete("alice", "k1", created);
        Begin replay = s.begin("alice", "k1", "f1", T0, LONG_AGO, LONG_AGO);
        assertThat(replay).isEqualTo(new Begin.Replay(created));
        assertThat(((Begin.Replay) replay).response().headers())
            .containsEntry("Location", "/api/v1/extensions/1002").containsEntry("ETag", "\"1\"").hasSize(2);
        s.begin("alice", "k2", "f2", T0, LONG_AGO, LONG_AGO);
        s.complete("alice", "k2", CREATED);
        Begin plain = s.begin("alice", "k2", "f2", T0, LONG_AGO, LONG_AGO);
        assertThat(((Begin.Replay) plain).response().headers()).isEmpty();
    }
}
