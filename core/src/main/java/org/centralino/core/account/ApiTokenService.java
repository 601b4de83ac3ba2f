package org.centralino.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.Text;
import org.centralino.core.validation.Violations;

/** A user's API tokens: make one (named, optional expiry), list them without secrets, revoke one. */
public final class ApiTokenService {
    /** API token secrets start with this, so secret scanners and log filters can recognise them. */
    public static final String PREFIX = "cnt_";
    static final int NAME_MAX = 100;
    static final int MAX_DAYS = 3650;
    static final int MAX_TOKENS_PER_USER = 50;

    private final ApiTokenStore store;
    private final SecretGenerator secrets;
    private final Clock clock;

    public ApiTokenService(ApiTokenStore store, SecretGenerator secrets, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param expiresInDays 1..3650, or null for a token that lives until revoked
     * @throws org.centralino.core.validation.ValidationException for a bad name or expiry, or too many tokens
     */
    public CreatedApiToken create(String username, String name, Integer expiresInDays) {
        Violations bad = new Violations();
        String n = name == null ? null : name.strip();
        if (n == null) {
            bad.add("name", "is required");
        } else if (n.isEmpty() || Text.length(n) > NAME_MAX || Text.hasControlOrBrokenUnicode(n)) {
            bad.add("name", "must be 1 to " + NAME_MAX + " characters without control characters");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            bad.add("expiresInDays", "must be from 1 to " + MAX_DAYS + " days, or absent for no expiry");
        }
        if (store.list(username).size() >= MAX_TOKENS_PER_USER) {
            bad.add("name", "you already have " + MAX_TOKENS_PER_USER + " tokens; revoke one first");
        }
        bad.throwIfAny();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String secret = PREFIX + secrets.token();
        Instant expiresAt = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        ApiToken token = new ApiToken(HexFormat.of().formatHex(secrets.bytes(8)), username, n,
            AuthService.hashToken(secret), now, expiresAt);
        store.save(token);
        return new CreatedApiToken(token, secret);
    }

    public List<ApiToken> list(String username) {
        return store.list(username);
    }

    /** False when the user has no token {@code id}. */
    public boolean revoke(String username, String id) {
        return store.delete(username, id);
    }
}
