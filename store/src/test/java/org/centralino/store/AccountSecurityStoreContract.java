package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.centralino.core.account.ApiToken;
import org.centralino.core.account.LockOutPolicy;
import org.centralino.core.account.LoginFailureStore;
import org.centralino.core.account.LoginFailures;
import org.centralino.core.account.Role;
import org.centralino.core.account.Session;
import org.centralino.core.account.UserAccount;
import org.junit.jupiter.api.Test;

/** API tokens, per-user session ends and failed-login counters (V12), run on each dialect. */
abstract class AccountSecurityStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123Z");

    Database withUsers(String... usernames) {
        Database db = open();
        JdbiAccountStore accounts = new JdbiAccountStore(db);
        for (String u : usernames) {
            accounts.create(UserAccount.of(u, Role.USER, "h", T0));
        }
        return db;
    }

    @Test
    void apiTokensAreFoundByHashListedPerUserRevokedAndGoWithTheirUser() {
        Database db = withUsers("anna", "bob");
        JdbiApiTokenStore tokens = new JdbiApiTokenStore(db);
        ApiToken forever = new ApiToken("t1", "anna", "backup script", "1".repeat(64), T0, null);
        ApiToken monthly = new ApiToken("t2", "anna", "report", "2".repeat(64), T0.plusSeconds(1),
            T0.plus(Duration.ofDays(30)));
        ApiToken bobs = new ApiToken("t3", "bob", "bob's", "3".repeat(64), T0, null);
        tokens.save(forever);
        tokens.save(monthly);
        tokens.save(bobs);
        assertThat(tokens.findByHash("2".repeat(64))).contains(monthly);
        assertThat(tokens.findByHash("1".repeat(64))).contains(forever);
        assertThat(tokens.list("anna")).containsExactly(forever, monthly);
        assertThat(tokens.delete("bob", "t1")).as("another user's token").isFalse();
        assertThat(tokens.delete("anna", "t1")).isTrue();
        assertThat(tokens.findByHash("1".repeat(64))).isEmpty();
        new JdbiAccountStore(db).delete("bob");
        assertThat(tokens.findByHash("3".repeat(64))).as("deleted with its user").isEmpty();
    }

    @Test
    void deleteForUserEndsTheUsersOtherSessionsOnly() {
        Database db = withUsers("anna", "bob");
        JdbiSessionStore sessions = new JdbiSessionStore(db);
        Instant end = T0.plusSeconds(600);
        sessions.save(new Session("a".repeat(64), "anna", T0, end, null));
        sessions.save(new Session("b".repeat(64), "anna", T0, end, "c".repeat(64)));
        sessions.save(new Session("d".repeat(64), "bob", T0, end, null));
        assertThat(sessions.deleteForUser("anna", "b".repeat(64))).isOne();
        assertThat(sessions.find("a".repeat(64))).isEmpty();
        assertThat(sessions.find("b".repeat(64))).map(Session::csrfHash).contains("c".repeat(64));
        assertThat(sessions.deleteForUser("anna", null)).isOne();
        assertThat(sessions.find("d".repeat(64))).isPresent();
    }

    @Test
    void failuresCountUpLockAndAreForgottenWhenStaleOrCleared() {
        Database db = open();
        JdbiLoginFailureStore store = new JdbiLoginFailureStore(db);
        Instant forget = T0.minus(Duration.ofHours(1));
        assertThat(store.find("user:x")).isEmpty();
        assertThat(store.recordFailure("user:x", T0, forget).failures()).isOne();
        LoginFailures second = store.recordFailure("user:x", T0.plusSeconds(1), forget);
        assertThat(second.failures()).isEqualTo(2);
        assertThat(second.lastFailureAt()).isEqualTo(T0.plusSeconds(1));
        store.lock("user:x", T0.plusSeconds(31));
        assertThat(store.find("user:x")).map(LoginFailures::lockedUntil).contains(T0.plusSeconds(31));

        Database restarted = open();
        JdbiLoginFailureStore again = new JdbiLoginFailureStore(restarted);
        assertThat(again.find("user:x")).map(LoginFailures::failures).contains(2);
        LoginFailures stale = again.recordFailure("user:x", T0.plus(Duration.ofHours(3)), T0.plus(Duration.ofHours(2)));
        assertThat(stale.failures()).as("last failure and lock older than the forget time").isOne();
        assertThat(stale.lockedUntil()).isNull();
        again.clear("user:x");
        assertThat(again.find("user:x")).isEmpty();

        again.recordFailure("user:old", T0, forget);
        again.recordFailure("user:locked", T0, forget);
        again.lock("user:locked", T0.plus(Duration.ofHours(2)));
        again.recordFailure("user:recent", T0.plus(Duration.ofHours(1)), forget);
        assertThat(again.forgetOlderThan(T0.plus(Duration.ofMinutes(30)))).isOne();
        assertThat(again.find("user:old")).isEmpty();
        assertThat(again.find("user:locked")).as("still locked then").isPresent();
        assertThat(again.find("user:recent")).isPresent();
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        Database db = open();
        JdbiLoginFailureStore store = new JdbiLoginFailureStore(db);
        concurrently(8, 10, (thread, i) -> store.recordFailure("addr:192.0.2.1", T0, T0.minusSeconds(3600)));
        assertThat(store.find("addr:192.0.2.1")).map(LoginFailures::failures).contains(80);
    }

    @Test
    void concurrentReservationsGrantOnlyTheThresholdThenOneAfterTheLockEnds() throws Exception {
        Database db = open();
        JdbiLoginFailureStore store = new JdbiLoginFailureStore(db);
        java.util.concurrent.atomic.AtomicInteger granted = new java.util.concurrent.atomic.AtomicInteger();
        concurrently(8, 5, (thread, i) -> {
            if (store.reserve("user:anna", T0, LockOutPolicy.PER_USERNAME).granted()) {
                granted.incrementAndGet();
            }
        });
        assertThat(granted).hasValue(5);
        LoginFailures locked = store.find("user:anna").orElseThrow();
        assertThat(locked.failures()).as("refused reservations are not counted").isEqualTo(5);
        assertThat(locked.lockedUntil()).isEqualTo(T0.plusSeconds(30));
        LoginFailureStore.Reservation next = store.reserve("user:anna", T0.plusSeconds(30), LockOutPolicy.PER_USERNAME);
        assertThat(next.granted()).isTrue();
        assertThat(next.counter().lockedUntil()).isEqualTo(T0.plusSeconds(90));
        assertThat(store.reserve("user:anna", T0.plusSeconds(31), LockOutPolicy.PER_USERNAME).granted()).isFalse();
        assertThat(store.reserve("user:anna", T0.plus(Duration.ofHours(3)), LockOutPolicy.PER_USERNAME).counter()
            .failures()).as("forgotten after an hour").isOne();
    }
}
