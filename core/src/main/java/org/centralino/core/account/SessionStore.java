package org.centralino.core.account;

import java.time.Instant;
import java.util.Optional;

/** Where web sessions live, keyed by token hash; durable, so sessions survive a restart. */
public interface SessionStore {
    void save(Session session);

    Optional<Session> find(String tokenHash);

    /** False when there was none. */
    boolean delete(String tokenHash);

    /** Deletes sessions that expired at or before {@code now}; returns how many. */
    int deleteExpired(Instant now);

    /** Deletes every session of {@code username} except the one of {@code keepTokenHash} (may be null). */
    int deleteForUser(String username, String keepTokenHash);
}
