package org.centralino.core.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.Text;

/**
 * Makes a fresh installation reachable: when no web account exists, creates {@code admin} with the
 * configured password (the server passes {@code CENTRALINO_ADMIN_PASSWORD}) or a generated one that
 * the server prints once. Does nothing once any account exists, so changing the variable later does not
 * reset a password.
 */
public final class AdminBootstrap {
    public static final String ADMIN_USERNAME = "admin";
    public static final int MIN_PASSWORD_LENGTH = 12;
    static final int GENERATED_PASSWORD_LENGTH = 20;

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final SecretGenerator secrets;
    private final Clock clock;

    public AdminBootstrap(AccountStore accounts, PasswordHasher hasher, SecretGenerator secrets, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param configuredPassword the operator's admin password, or null/blank to generate one
     * @throws IllegalArgumentException when the configured password is shorter than
     *                                  {@value #MIN_PASSWORD_LENGTH} characters or has control characters
     */
    public BootstrapResult run(String configuredPassword) {
        boolean given = configuredPassword != null && !configuredPassword.isBlank();
        if (given) {
            check(configuredPassword);
        }
        if (accounts.count() > 0) {
            return new BootstrapResult.AlreadyInitialised();
        }
        String password = given ? configuredPassword : secrets.password(GENERATED_PASSWORD_LENGTH);
        UserAccount admin = UserAccount.of(ADMIN_USERNAME, Role.ADMIN, hasher.hash(password),
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            accounts.create(admin);
        } catch (DuplicateAccountException e) {
            return new BootstrapResult.AlreadyInitialised(); // another cluster node was first
        }
        return given ? new BootstrapResult.CreatedWithGivenPassword(ADMIN_USERNAME)
            : new BootstrapResult.CreatedWithGeneratedPassword(ADMIN_USERNAME, password);
    }

    private static void check(String password) {
        if (Text.length(password) < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the configured admin password (CENTRALINO_ADMIN_PASSWORD) must be at "
                + "least " + MIN_PASSWORD_LENGTH + " characters; leave it unset to have one generated");
        }
        if (Text.hasControlOrBrokenUnicode(password)) {
            throw new IllegalArgumentException(
                "the configured admin password (CENTRALINO_ADMIN_PASSWORD) contains control characters");
        }
    }
}
