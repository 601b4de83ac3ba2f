package org.centralino.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.centralino.core.MutableClock;
import org.centralino.core.directory.Change;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.InMemoryExtensionStore;
import org.centralino.core.directory.NewExtension;
import org.centralino.core.event.EventBus;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.version.ExpectedVersion;
import org.centralino.core.version.VersionMismatchException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final SecretGenerator secrets = new SecretGenerator(new SecureRandom());
    final PasswordHasher hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), secrets);
    final InMemoryAccountStore accounts = new InMemoryAccountStore();
    final InMemorySessionStore sessions = new InMemorySessionStore();
    final InMemoryExtensionStore extensionStore = new InMemoryExtensionStore();
    final EventBus events = new EventBus();
    final List<Object> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    final UserService users = new UserService(accounts, sessions, extensionStore, hasher, clock, events);
    final AuthService auth = new AuthService(accounts, sessions, hasher, secrets, clock, Duration.ofHours(1));

    static UserDraft draft(String username, String password, String extension, String role) {
        return new UserDraft(username, password, null, null, null, null, null, null, extension, role, null);
    }

    static UserPatch patch() {
        return new UserPatch(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
            Change.keep(), Change.keep(), Change.keep(), Change.keep());
    }

    @BeforeEach
    void setUp() {
        events.subscribe(UserChanged.class, published::add);
        ExtensionService ext = new ExtensionService(extensionStore, "pbx.test", clock, secrets, events);
        ext.create(new NewExtension("1001", "Anna", null, null, null, null, null, null));
        ext.create(new NewExtension("1002", "Bruno", null, null, null, null, null, null));
        users.create(draft("admin", "admin-password", null, "ADMIN"));
    }

    @Test
    void createFillsDefaultsAndHashesThePassword() {
        UserAccount anna = users.create(draft("anna", "anna-password", "1001", "USER"));
        assertThat(anna.displayName()).isEqualTo("anna");
        assertThat(anna.language()).isEqualTo("it");
        assertThat(anna.extension()).isEqualTo("1001");
        assertThat(anna.enabled()).isTrue();
        assertThat(anna.passwordHash()).startsWith("$argon2id$").doesNotContain("anna-password");
        assertThat(auth.login("anna", "anna-password")).isPresent();
    }

    @Test
    void createNamesEveryBadField() {
        assertThatThrownBy(() -> users.create(new UserDraft("Bad Name", "short", "", "x@", "12a", "de", "Mars/Base",
            "HH:mm", "9999", "ROOT", null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields().keySet())
                .containsExactly("username", "password", "displayName", "email", "mobile", "language", "timeZone",
                    "dateFormat", "role", "extension"));
        users.create(draft("anna", "anna-password", "1001", "USER"));
        assertThatThrownBy(() -> users.create(draft("bruno", "bruno-password", "1001", "USER")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields().get("extension"))
                .contains("already belongs to user 'anna'"));
        assertThatThrownBy(() -> users.create(draft("anna", "anna-password", null, "USER")))
            .isInstanceOf(DuplicateAccountException.class);
    }

    @Test
    void disablingOrResettingThePasswordEndsTheSessions() {
        users.create(draft("anna", "anna-password", "1001", "USER"));
        String token = auth.login("anna", "anna-password").orElseThrow().token();
        UserPatch disable = new UserPatch(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
            Change.keep(), Change.keep(), Change.keep(), Change.to(false), Change.keep());
        assertThat(users.patch("anna", disable, ExpectedVersion.of(1)).enabled()).isFalse();
        assertThat(sessions.map).isEmpty();
        assertThat(auth.authenticate(token)).isEmpty();

        users.create(draft("bruno", "bruno-password", null, "USER"));
        auth.login("bruno", "bruno-password").orElseThrow();
        UserPatch reset = new UserPatch(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
            Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to("brand-new-password"));
        users.patch("bruno", reset, ExpectedVersion.any());
        assertThat(sessions.map).isEmpty();
        assertThat(auth.login("bruno", "brand-new-password")).isPresent();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        users.create(draft("anna", "anna-password", null, "USER"));
        UserPatch rename = new UserPatch(Change.to("Anna B."), Change.keep(), Change.keep(), Change.keep(),
            Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep());
        assertThat(users.patch("anna", rename, ExpectedVersion.of(1)).version()).isEqualTo(2);
        assertThatThrownBy(() -> users.patch("anna", rename, ExpectedVersion.of(1)))
            .isInstanceOf(VersionMismatchException.class).hasMessageContaining("at version 2 now");
        assertThatThrownBy(() -> users.delete("anna", ExpectedVersion.of(1))).isInstanceOf(VersionMismatchException.class);
        assertThat(users.patch("anna", rename, ExpectedVersion.of(2)).version()).as("no change, no write").isEqualTo(2);
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedDisabledOrDeleted() {
        UserPatch demote = new UserPatch(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
            Change.keep(), Change.keep(), Change.to("USER"), Change.keep(), Change.keep());
        assertThatThrownBy(() -> users.patch("admin", demote, ExpectedVersion.any())).isInstanceOf(LastAdminException.class);
        assertThatThrownBy(() -> users.delete("admin", ExpectedVersion.any())).isInstanceOf(LastAdminException.class);
        users.create(draft("second", "second-password", null, "ADMIN"));
        assertThat(users.patch("admin", demote, ExpectedVersion.any()).role()).isEqualTo(Role.USER);
        assertThat(published).isNotEmpty();
    }

    @Test
    void changingOnesPasswordChecksTheCurrentOneAndEndsTheOtherSessions() {
        users.create(draft("anna", "anna-password", null, "USER"));
        String kept = auth.login("anna", "anna-password").orElseThrow().token();
        String other = auth.login("anna", "anna-password").orElseThrow().token();
        assertThatThrownBy(() -> users.changePassword("anna", "wrong-password", "another-password-1",
            AuthService.hashToken(kept))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields()).containsOnlyKeys("currentPassword"));
        assertThatThrownBy(() -> users.changePassword("anna", "anna-password", "short", AuthService.hashToken(kept)))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields().get("newPassword")).isEqualTo("must be at least 10 characters"));
        users.changePassword("anna", "anna-password", "another-password-1", AuthService.hashToken(kept));
        assertThat(auth.authenticate(kept)).isPresent();
        assertThat(auth.authenticate(other)).isEmpty();
        assertThat(auth.login("anna", "another-password-1")).isPresent();
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedLoginsAndARightOneResetsThem() {
        InMemoryLoginFailureStore failures = new InMemoryLoginFailureStore();
        UserService guarded = new UserService(accounts, sessions, extensionStore, hasher,
            new LoginGuard(failures, clock), clock, events);
        users.create(draft("anna", "anna-password", null, "USER"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> guarded.changePassword("anna", "wrong-password", "another-password-1", null))
                .isInstanceOf(ValidationException.class);
        }
        guarded.changePassword("anna", "anna-password", "another-password-1", null);
        assertThat(failures.map).as("a right password resets the count").isEmpty();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> guarded.changePassword("anna", "wrong-password", "third-password-1", null))
                .isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> guarded.changePassword("anna", "another-password-1", "third-password-1", null))
            .isInstanceOfSatisfying(LockedOutException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(hasher.verify("another-password-1", accounts.find("anna").orElseThrow().passwordHash())).isTrue();
        clock.advance(Duration.ofSeconds(30));
        guarded.changePassword("anna", "another-password-1", "third-password-1", null);
    }

    @Test
    void theProfileChangeIgnoresAdministrativeFields() {
        users.create(draft("anna", "anna-password", null, "USER"));
        UserPatch sneaky = new UserPatch(Change.to("Anna"), Change.to("anna@example.com"), Change.keep(),
            Change.to("en"), Change.keep(), Change.keep(), Change.to("1001"), Change.to("ADMIN"), Change.keep(),
            Change.keep());
        UserAccount after = users.updateProfile("anna", sneaky, ExpectedVersion.any());
        assertThat(after.displayName()).isEqualTo("Anna");
        assertThat(after.email()).isEqualTo("anna@example.com");
        assertThat(after.language()).isEqualTo("en");
        assertThat(after.role()).isEqualTo(Role.USER);
        assertThat(after.extension()).isNull();
    }
}
