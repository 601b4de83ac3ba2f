package org.centralino.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.centralino.core.MutableClock;
import org.junit.jupiter.api.Test;

class LoginGuardTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final InMemoryLoginFailureStore store = new InMemoryLoginFailureStore();
    final LoginGuard guard = new LoginGuard(store, clock);

    void fail(int times, String username) {
        for (int i = 0; i < times; i++) {
            assertThat(guard.reserve(username, "192.0.2.7")).as("granted").isEmpty();
            guard.failedFrom("192.0.2.7");
        }
    }

    @Test
    void theFifthFailureLocksForThirtySecondsThenTheLockExpires() {
        fail(4, "anna");
        assertThat(guard.lockedFor("anna", null)).isEmpty();
        fail(1, "anna");
        assertThat(guard.lockedFor("anna", null)).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(guard.lockedFor("anna", null)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(guard.lockedFor("anna", null)).isEmpty();
        assertThat(guard.lockedFor("bob", null)).as("other usernames are not locked").isEmpty();
    }

    @Test
    void eachFailureAfterALockDoublesItUpToFifteenMinutes() {
        fail(5, "anna");
        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            clock.advance(guard.lockedFor("anna", null).orElseThrow());
            fail(1, "anna");
            assertThat(guard.lockedFor("anna", null)).contains(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void successResetsTheCountAndUsernamesAreCountedCaseInsensitively() {
        fail(4, "Anna");
        guard.succeeded("anna");
        fail(4, "anna");
        assertThat(guard.lockedFor("anna", null)).isEmpty();
        fail(1, "ANNA");
        assertThat(guard.lockedFor("anna", null)).isPresent();
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        fail(4, "anna");
        clock.advance(Duration.ofMinutes(61));
        fail(1, "anna");
        assertThat(guard.lockedFor("anna", null)).isEmpty();
        assertThat(store.find(LoginGuard.usernameKey("anna")).orElseThrow().failures()).isOne();
    }

    @Test
    void aSuccessfulLoginSweepsAwayCountersNobodyTouchedForAnHour() {
        fail(1, "typo-user");
        clock.advance(Duration.ofMinutes(61));
        fail(1, "anna");
        guard.succeeded("bob");
        assertThat(store.map.keySet()).containsExactlyInAnyOrder(LoginGuard.usernameKey("anna"),
            LoginGuard.addressKey("192.0.2.7"));
    }

    @Test
    void oneAddressTryingManyUsernamesIsBoundToo() {
        for (int i = 0; i < LockOutPolicy.PER_ADDRESS.threshold(); i++) {
            guard.reserve("user" + i, "198.51.100.9");
            guard.failedFrom("198.51.100.9");
        }
        assertThat(guard.lockedFor("somebody-new", "198.51.100.9")).contains(Duration.ofSeconds(30));
        assertThat(guard.lockedFor("somebody-new", "198.51.100.10")).isEmpty();
        guard.succeeded("somebody-new");
        assertThat(guard.lockedFor("somebody-new", "198.51.100.9")).as("a success does not reset the address")
            .isPresent();
    }

    @Test
    void veryLongUsernamesAreCountedUnderAHash() {
        String longName = "x".repeat(5000);
        fail(5, longName);
        assertThat(guard.lockedFor(longName, null)).isPresent();
        assertThat(store.map.keySet()).allMatch(k -> k.length() <= 110);
    }

    @Test
    void aReservationCountsBeforeTheCheckAndALockedKeyIsRefusedWithoutCounting() {
        fail(4, "anna");
        assertThat(guard.reserve("anna", null)).as("the fifth is granted and locks at once").isEmpty();
        assertThat(guard.lockedFor("anna", null)).contains(Duration.ofSeconds(30));
        assertThat(guard.reserve("anna", null)).contains(Duration.ofSeconds(30));
        assertThat(store.find(LoginGuard.usernameKey("anna")).orElseThrow().failures()).isEqualTo(5);
        guard.succeeded("anna");
        assertThat(guard.reserve("anna", null)).as("a success clears the lock its reservation set").isEmpty();
    }

    @Test
    void aLockedAddressRefusesTheReservationWithoutCountingTheUsername() {
        for (int i = 0; i < LockOutPolicy.PER_ADDRESS.threshold(); i++) {
            guard.failedFrom("198.51.100.9");
        }
        assertThat(guard.reserve("anna", "198.51.100.9")).contains(Duration.ofSeconds(30));
        assertThat(store.find(LoginGuard.usernameKey("anna"))).isEmpty();
    }

    @Test
    void thePolicyComputesTheBackOff() {
        LockOutPolicy p = LockOutPolicy.PER_USERNAME;
        assertThat(p.lockAfter(4)).isZero();
        assertThat(p.lockAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.lockAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.lockAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }
}
