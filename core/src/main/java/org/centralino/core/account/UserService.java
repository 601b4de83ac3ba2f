package org.centralino.core.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.core.event.EventBus;
import org.centralino.core.validation.CommonFields;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.validation.Violations;
import org.centralino.core.version.ExpectedVersion;
import org.centralino.core.version.VersionMismatchException;

/**
 * The use cases on users: an administrator's create, change, password reset and delete, and a user's own profile
 * and password. A user disabled, deleted or given a new password loses its sessions at once; there must always be
 * one enabled ADMIN left.
 */
public final class UserService {
    private final AccountStore accounts;
    private final SessionStore sessions;
    private final ExtensionStore extensions;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final EventBus events;
    /** Counts wrong current passwords like failed logins; null: no limit (tests and tools only). */
    private final LoginGuard guard;

    public UserService(AccountStore accounts, SessionStore sessions, ExtensionStore extensions, PasswordHasher hasher,
                       Clock clock, EventBus events) {
        this(accounts, sessions, extensions, hasher, null, clock, events);
    }

    /** @param guard the login lock-out, which also bounds guesses of the current password on a password change */
    public UserService(AccountStore accounts, SessionStore sessions, ExtensionStore extensions, PasswordHasher hasher,
                       LoginGuard guard, Clock clock, EventBus events) {
        this.guard = guard;
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    public List<UserAccount> list() {
        return accounts.list();
    }

    /**
     * Keeps users in step with the directory: when an extension is deleted, the user who owned it keeps the account
     * and loses the link (the store has no foreign key from users to extensions: the tables are written by different
     * services, and a user must survive their extension).
     */
    public void followDirectory(EventBus bus) {
        bus.subscribe(DirectoryEvent.ExtensionDeleted.class, e -> unlink(e.number()));
    }

    /** Clears {@code number} from the user who owns it, if any; retried when a concurrent change wins the race. */
    void unlink(String number) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<UserAccount> owner = accounts.list().stream().filter(u -> u.owns(number)).findFirst();
            if (owner.isEmpty()) {
                return;
            }
            if (accounts.update(owner.get().withExtension(null)).isPresent()) {
                events.publish(new UserChanged(owner.get().username()));
                return;
            }
        }
        throw new IllegalStateException("extension " + number + " was deleted but its user kept changing; "
            + "unlink it by hand (PATCH /api/v1/users/<name> {\"extension\":null})");
    }

    /** @throws UnknownAccountException when there is none */
    public UserAccount get(String username) {
        return accounts.find(Objects.requireNonNull(username, "username"))
            .orElseThrow(() -> new UnknownAccountException(username));
    }

    /**
     * @throws ValidationException       naming every bad field (an extension that does not exist, or is owned)
     * @throws DuplicateAccountException when the username is taken
     */
    public UserAccount create(UserDraft d) {
        Violations bad = new Violations();
        String username = AccountRules.username(d.username(), bad);
        String password = AccountRules.password("password", d.password(), bad);
        String displayName = d.displayName() == null ? username : AccountRules.displayName(d.displayName(), bad);
        String email = CommonFields.email(d.email(), bad);
        String mobile = CommonFields.mobile(d.mobile(), bad);
        String language = d.language() == null ? UserAccount.DEFAULT_LANGUAGE
            : AccountRules.language(d.language(), bad);
        String zone = d.timeZone() == null ? UserAccount.DEFAULT_TIME_ZONE : AccountRules.timeZone(d.timeZone(), bad);
        String dateFormat = d.dateFormat() == null ? UserAccount.DEFAULT_DATE_FORMAT
            : AccountRules.dateFormat(d.dateFormat(), bad);
        Role role = AccountRules.role(d.role(), bad);
        String extension = extension(d.extension(), username, bad);
        bad.throwIfAny();
        Instant now = now();
        return accounts.create(new UserAccount(username, displayName, email, mobile, language, zone, dateFormat,
            extension, role, hasher.hash(password), d.enabled() == null || d.enabled(), now, now, 1));
    }

    /**
     * An administrator's change. Disabling the user or setting its password ends its sessions.
     *
     * @param expected the versions the client's If-Match allows
     * @throws VersionMismatchException when the current version is not expected, or another change won the race
     * @throws LastAdminException    when the last enabled ADMIN would be demoted or disabled
     */
    public UserAccount patch(String username, UserPatch p, ExpectedVersion expected) {
        UserAccount cur = get(username);
        expected.check("user " + username, cur.version());
        UserAccount next = apply(cur, p);
        boolean losesAnAdmin = cur.isAdmin() && cur.enabled() && !(next.isAdmin() && next.enabled());
        if (losesAnAdmin) {
            requireAnotherAdmin(cur.username());
        }
        if (same(next, cur)) {
            return cur;
        }
        // the check above reads outside the write: the store repeats it in the write's transaction
        UserAccount saved = (losesAnAdmin ? accounts.updateKeepingAnAdmin(next) : accounts.update(next))
            .orElseThrow(() -> raced(username));
        boolean endSessions = !saved.enabled() || p.password().isChanged();
        if (endSessions) {
            sessions.deleteForUser(username, null);
        }
        if (endSessions || saved.role() != cur.role() || saved.enabled() != cur.enabled()
            || !Objects.equals(saved.extension(), cur.extension())) {
            events.publish(new UserChanged(username));
        }
        return saved;
    }

    /** A user's change of their own profile: only the profile fields of {@code p} are applied. */
    public UserAccount updateProfile(String username, UserPatch p, ExpectedVersion expected) {
        UserPatch profile = UserPatch.profile(p.displayName(), p.email(), p.mobile(), p.language(), p.timeZone(),
            p.dateFormat());
        return patch(username, profile, expected);
    }

    /**
     * A user's change of their own password: the current one must match. Ends every other session of the user
     * (the one of {@code keepSessionHash} stays); API tokens stay, they are revoked one by one.
     *
     * A wrong current password counts as a failed login of the username (a stolen session must not be a way to guess
     * the password without limit); a right one resets the count.
     *
     * @throws ValidationException with {@code currentPassword} when it does not match, {@code newPassword} when bad
     * @throws LockedOutException  after too many wrong current passwords, as for logins
     */
    public UserAccount changePassword(String username, String currentPassword, String newPassword,
                                      String keepSessionHash) {
        UserAccount cur = get(username);
        Violations bad = new Violations();
        if (currentPassword == null) {
            bad.add("currentPassword", "is required");
        }
        String password = AccountRules.password("newPassword", newPassword, bad);
        bad.throwIfAny();
        Optional<java.time.Duration> locked = guard == null ? Optional.empty() : guard.reserve(username, null);
        if (locked.isPresent()) {
            throw new LockedOutException(username, locked.get());
        }
        if (!hasher.verify(currentPassword, cur.passwordHash())) {
            throw new ValidationException(java.util.Map.of("currentPassword", "does not match your password"));
        }
        if (guard != null) {
            guard.succeeded(username);
        }
        UserAccount next = withHash(cur, hasher.hash(password));
        UserAccount saved = accounts.update(next).orElseThrow(() -> raced(username));
        sessions.deleteForUser(username, keepSessionHash);
        events.publish(new UserChanged(username)); // the streams of the sessions just ended close
        return saved;
    }

    /**
     * Deletes the user with its sessions, tokens and scope, if it is still at the version read.
     *
     * @throws LastAdminException       for the last admin
     * @throws VersionMismatchException when it is not expected, or was changed meanwhile
     */
    public UserAccount delete(String username, ExpectedVersion expected) {
        UserAccount cur = get(username);
        expected.check("user " + username, cur.version());
        if (cur.isAdmin() && cur.enabled()) {
            requireAnotherAdmin(username);
        }
        if (!accounts.delete(username, cur.version())) { // compare-and-set; keeps an admin in its transaction
            throw new UnknownAccountException(username);
        }
        events.publish(new UserChanged(username));
        return cur;
    }

    private UserAccount apply(UserAccount cur, UserPatch p) {
        Violations bad = new Violations();
        String displayName = p.displayName().isChanged()
            ? AccountRules.displayName(p.displayName().orElse(null), bad) : cur.displayName();
        String email = p.email().isChanged() ? CommonFields.email(p.email().orElse(null), bad) : cur.email();
        String mobile = p.mobile().isChanged() ? CommonFields.mobile(p.mobile().orElse(null), bad) : cur.mobile();
        String language = p.language().isChanged() ? AccountRules.language(p.language().orElse(null), bad)
            : cur.language();
        String zone = p.timeZone().isChanged() ? AccountRules.timeZone(p.timeZone().orElse(null), bad)
            : cur.timeZone();
        String dateFormat = p.dateFormat().isChanged() ? AccountRules.dateFormat(p.dateFormat().orElse(null), bad)
            : cur.dateFormat();
        String extension = p.extension().isChanged() ? extension(p.extension().orElse(null), cur.username(), bad)
            : cur.extension();
        Role role = p.role().isChanged() ? AccountRules.role(p.role().orElse(null), bad) : cur.role();
        Boolean enabled = p.enabled().orElse(cur.enabled());
        if (enabled == null) {
            bad.add("enabled", "must be true or false, not null");
        }
        String password = p.password().isChanged() ? AccountRules.password("password", p.password().orElse(null), bad)
            : null;
        bad.throwIfAny();
        String hash = password == null ? cur.passwordHash() : hasher.hash(password);
        return new UserAccount(cur.username(), displayName, email, mobile, language, zone, dateFormat, extension,
            role, hash, enabled, cur.createdAt(), now(), cur.version());
    }

    /** An existing extension that no other user owns; null stays null (no extension). */
    private String extension(String number, String username, Violations bad) {
        if (number == null) {
            return null;
        }
        if (extensions.find(number).isEmpty()) {
            bad.add("extension", "no extension '" + (number.length() > 20 ? number.substring(0, 20) + "…" : number)
                + "' exists");
            return null;
        }
        for (UserAccount other : accounts.list()) {
            if (other.owns(number) && !other.username().equals(username)) {
                bad.add("extension", "extension " + number + " already belongs to user '" + other.username() + "'");
                return null;
            }
        }
        return number;
    }

    private void requireAnotherAdmin(String username) {
        boolean another = accounts.list().stream()
            .anyMatch(a -> a.isAdmin() && a.enabled() && !a.username().equals(username));
        if (!another) {
            throw new LastAdminException(username);
        }
    }

    /** The compare-and-set lost: another change was written between the read and this write. */
    private static VersionMismatchException raced(String username) {
        return new VersionMismatchException("user " + username, -1);
    }

    /** Equal apart from updatedAt: nothing to write. */
    private static boolean same(UserAccount a, UserAccount b) {
        return a.equals(new UserAccount(b.username(), b.displayName(), b.email(), b.mobile(), b.language(),
            b.timeZone(), b.dateFormat(), b.extension(), b.role(), b.passwordHash(), b.enabled(), b.createdAt(),
            a.updatedAt(), b.version()));
    }

    private UserAccount withHash(UserAccount a, String hash) {
        return new UserAccount(a.username(), a.displayName(), a.email(), a.mobile(), a.language(), a.timeZone(),
            a.dateFormat(), a.extension(), a.role(), hash, a.enabled(), a.createdAt(), now(), a.version());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
