package org.centralino.core.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.centralino.core.secret.SecretGenerator;

/** Records administrators' changes and reads them back (issue 5: who, what, when, before and after). */
public final class AuditLog {
    private final AuditStore store;
    private final SecretGenerator secrets;
    private final Clock clock;

    public AuditLog(AuditStore store, SecretGenerator secrets, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends an entry stamped now; {@code before}/{@code after} are JSON text or null. */
    public AuditEntry record(String actor, String action, String entityType, String entityId, String before,
                             String after) {
        AuditEntry e = new AuditEntry(HexFormat.of().formatHex(secrets.bytes(8)),
            clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, action, entityType, entityId, before, after);
        store.append(e);
        return e;
    }

    public List<AuditEntry> query(AuditQuery q) {
        return store.query(q);
    }
}
