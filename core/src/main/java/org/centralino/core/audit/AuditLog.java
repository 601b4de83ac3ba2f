package org.centralino.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.centralino.core.secret.SecretGenerator;

/** Records administrators' changes and reads them back (issue 5: who, what, when, before and after). */
public final class AuditLog {
    private final AuditStore store;
    private final SecretGenerator secrets;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    public AuditLog(AuditStore store, SecretGenerator secrets, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends an entry stamped now; {@code before}/{@code after} are JSON text or null. */
    public AuditEntry record(String actor, String action, String entityType, String entityId, String before,
                             String after) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry e = new AuditEntry(id(at), at, actor, action, entityType, entityId, before, after);
        store.append(e);
        return e;
    }

    /**
     * Ids sort like the entries were recorded, also within one millisecond (the log pages by time, then id): the
     * time, a counter of this process, and random hex that keeps ids of cluster nodes apart.
     */
    private String id(Instant at) {
        return String.format("%013d%06d", at.toEpochMilli(), sequence.getAndIncrement() % 1_000_000)
            + HexFormat.of().formatHex(secrets.bytes(3));
    }

    public List<AuditEntry> query(AuditQuery q) {
        return store.query(q);
    }
}
