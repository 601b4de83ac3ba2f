package org.centralino.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A map-backed failure counter store for service tests. */
final class InMemoryLoginFailureStore implements LoginFailureStore {
    final ConcurrentHashMap<String, LoginFailures> map = new ConcurrentHashMap<>();

    @Override
    public Optional<LoginFailures> find(String key) {
        return Optional.ofNullable(map.get(key));
    }

    @Override
    public LoginFailures recordFailure(String key, Instant now, Instant forgetBefore) {
        return map.compute(key, (k, cur) -> {
            boolean stale = cur != null && cur.lastFailureAt().isBefore(forgetBefore)
                && (cur.lockedUntil() == null || cur.lockedUntil().isBefore(forgetBefore));
            return cur == null || stale ? new LoginFailures(k, 1, now, null)
                : new LoginFailures(k, cur.failures() + 1, now, cur.lockedUntil());
        });
    }

    @Override
    public synchronized Reservation reserve(String key, Instant now, LockOutPolicy policy) {
        LoginFailures cur = map.get(key);
        if (cur != null && cur.lockedUntil() != null && now.isBefore(cur.lockedUntil())) {
            return new Reservation(false, cur);
        }
        LoginFailures counted = recordFailure(key, now, now.minus(policy.forgetAfter()));
        Duration lock = policy.lockAfter(counted.failures());
        LoginFailures after = lock.isZero() ? counted
            : new LoginFailures(key, counted.failures(), now, now.plus(lock));
        map.put(key, after);
        return new Reservation(true, after);
    }

    @Override
    public void lock(String key, Instant until) {
        map.computeIfPresent(key, (k, cur) -> new LoginFailures(k, cur.failures(), cur.lastFailureAt(), until));
    }

    @Override
    public void clear(String key) {
        map.remove(key);
    }

    @Override
    public int forgetOlderThan(Instant before) {
        int n = map.size();
        map.values().removeIf(f -> f.lastFailureAt().isBefore(before)
            && (f.lockedUntil() == null || f.lockedUntil().isBefore(before)));
        return n - map.size();
    }
}
