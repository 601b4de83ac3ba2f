package org.centralino.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.centralino.core.MutableClock;
import org.centralino.core.secret.SecretGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final SecretGenerator secrets = new SecretGenerator(new SecureRandom());
    final PasswordHasher hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), secrets);
    final InMemoryAccountStore accounts = new InMemoryAccountStore();
    final InMemorySessionStore sessions = new InMemorySessionStore();
    final InMemoryApiTokenStore tokens = new InMemoryApiTokenStore();
    final InMemoryLoginFailureStore failures = new InMemoryLoginFailureStore();
    final AuthService auth = new AuthService(accounts, sessions, tokens, new LoginGuard(failures, clock), hasher,
        secrets, clock, Duration.ofHours(12));
    final ApiTokenService apiTokens = new ApiTokenService(tokens, secrets, clock);

    @BeforeEach
    void admin() {
        accounts.create(UserAccount.of("admin", Role.ADMIN, hasher.hash("right-password"), clock.instant()));
    }

    @Test
    void loginIssuesTokenStoredOnlyAsHash() {
        IssuedToken t = auth.login("admin", "right-password").orElseThrow();
        assertThat(t.token()).hasSize(43);
        assertThat(t.expiresAt()).isEqualTo(Instant.parse("2026-03-01T21:00:00Z"));
        assertThat(sessions.map).containsOnlyKeys(AuthService.hashToken(t.token()));
        assertThat(sessions.map.values().iterator().next().toString()).doesNotContain(t.token());
        assertThat(auth.authenticate(t.token())).map(UserAccount::username).contains("admin");
    }

    @Test
    void badCredentialsAreRefusedAlike() {
        assertThat(auth.login("admin", "wrong")).isEmpty();
        assertThat(auth.login("nobody", "right-password")).isEmpty();
        assertThat(auth.login(null, null)).isEmpty();
        assertThat(sessions.map).isEmpty();
    }

    @Test
    void tokenExpiresAfterFixedLifetime() {
        String token = auth.login("admin", "right-password").orElseThrow().token();
        clock.advance(Duration.ofHours(12).minusMillis(1));
        assertThat(auth.authenticate(token)).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(auth.authenticate(token)).isEmpty();
        assertThat(sessions.map).isEmpty();
    }

    @Test
    void logoutRevokes() {
        String token = auth.login("admin", "right-password").orElseThrow().token();
        assertThat(auth.logout(token)).isTrue();
        assertThat(auth.authenticate(token)).isEmpty();
        assertThat(auth.logout(token)).isFalse();
        assertThat(auth.authenticate("made-up")).isEmpty();
        assertThat(auth.authenticate("")).isEmpty();
        assertThat(auth.authenticate(null)).isEmpty();
    }

    @Test
    void fiveFailuresLockTheUsernameEvenWithTheRightPasswordUntilTheLockEnds() {
        for (int i = 0; i < 5; i++) {
            assertThat(auth.login("admin", "wrong", "192.0.2.1")).isInstanceOf(LoginResult.Refused.class);
        }
        assertThat(auth.login("admin", "right-password", "192.0.2.1"))
            .isEqualTo(new LoginResult.LockedOut(Duration.ofSeconds(30)));
        assertThat(sessions.map).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(auth.login("admin", "right-password", "192.0.2.1")).isInstanceOf(LoginResult.LoggedIn.class);
        assertThat(failures.map).doesNotContainKey(LoginGuard.usernameKey("admin"));
    }

    @Test
    void twentyParallelWrongLoginsGetAtMostFiveVerdictsAndTheRestAreLockedOut() throws Exception {
        PasswordHasher slow = new PasswordHasher(new Argon2Params(8192, 3, 1), secrets);
        accounts.create(UserAccount.of("anna", Role.USER, slow.hash("right-password"), clock.instant()));
        AuthService parallel = new AuthService(accounts, sessions, tokens, new LoginGuard(failures, clock), slow,
            secrets, clock, Duration.ofHours(12), null, 20, Duration.ofSeconds(30)); // every login verifies at once
        CountDownLatch go = new CountDownLatch(1);
        List<Future<LoginResult>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return parallel.login("anna", "wrong", null);
                }));
            }
            go.countDown();
            int refused = 0;
            int locked = 0;
            for (Future<LoginResult> f : answers) {
                LoginResult r = f.get();
                refused += r instanceof LoginResult.Refused ? 1 : 0;
                locked += r instanceof LoginResult.LockedOut ? 1 : 0;
            }
            assertThat(refused).isEqualTo(5);
            assertThat(locked).isEqualTo(15);
        }
        assertThat(failures.find(LoginGuard.usernameKey("anna")).orElseThrow().failures()).isEqualTo(5);
    }

    @Test
    void whenEveryVerificationSlotIsTakenALoginIsAnsweredBusyWithoutCountingAFailure() throws Exception {
        PasswordHasher slow = new PasswordHasher(new Argon2Params(32768, 8, 1), secrets);
        accounts.create(UserAccount.of("anna", Role.USER, slow.hash("right-password"), clock.instant()));
        AuthService one = new AuthService(accounts, sessions, tokens, new LoginGuard(failures, clock), slow, secrets,
            clock, Duration.ofHours(12), null, 1, Duration.ofMillis(50));
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<LoginResult> first = pool.submit(() -> one.login("anna", "right-password", null));
            while (failures.map.isEmpty()) { // the first login holds the slot once it has reserved its attempt
                Thread.onSpinWait();
            }
            assertThat(one.login("bob", "whatever", null)).isInstanceOf(LoginResult.Busy.class);
            assertThat(failures.map).as("the busy login counted nothing")
                .containsOnlyKeys(LoginGuard.usernameKey("anna"));
            assertThat(first.get()).isInstanceOf(LoginResult.LoggedIn.class);
        }
        assertThat(one.login("bob", "whatever", null)).as("the slot is given back").isInstanceOf(
            LoginResult.Refused.class);
    }

    @Test
    void unknownUsernamesAreLockedOutLikeKnownOnes() {
        for (int i = 0; i < 5; i++) {
            auth.login("ghost", "x", null);
        }
        assertThat(auth.login("ghost", "x", null)).isInstanceOf(LoginResult.LockedOut.class);
    }

    @Test
    void aDisabledUserIsRefusedAndItsSessionsAndTokensStopAtOnce() {
        IssuedToken session = auth.login("admin", "right-password").orElseThrow();
        String script = apiTokens.create("admin", "backup", null).secret();
        assertThat(auth.authenticate(script)).isPresent();
        UserAccount admin = accounts.find("admin").orElseThrow();
        accounts.update(new UserAccount(admin.username(), admin.displayName(), null, null, "it", "Europe/Rome",
            "dd/MM/yyyy", null, Role.ADMIN, admin.passwordHash(), false, admin.createdAt(), admin.updatedAt(), 1));
        assertThat(auth.authenticate(session.token())).isEmpty();
        assertThat(auth.authenticate(script)).isEmpty();
        assertThat(auth.login("admin", "right-password", null)).isInstanceOf(LoginResult.Refused.class);
    }

    @Test
    void apiTokensAuthenticateUntilTheyExpireOrAreRevoked() {
        CreatedApiToken forever = apiTokens.create("admin", "backup", null);
        CreatedApiToken week = apiTokens.create("admin", "report", 7);
        assertThat(forever.secret()).startsWith(ApiTokenService.PREFIX);
        assertThat(tokens.byId.values()).extracting(ApiToken::tokenHash)
            .containsExactlyInAnyOrder(AuthService.hashToken(forever.secret()), AuthService.hashToken(week.secret()));
        assertThat(auth.resolve(week.secret())).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(Authenticated.Kind.API_TOKEN);
            assertThat(a.account().username()).isEqualTo("admin");
        });
        clock.advance(Duration.ofDays(7));
        assertThat(auth.authenticate(week.secret())).isEmpty();
        assertThat(auth.authenticate(forever.secret())).isPresent();
        assertThat(apiTokens.revoke("someone-else", forever.token().id())).isFalse();
        assertThat(apiTokens.revoke("admin", forever.token().id())).isTrue();
        assertThat(auth.authenticate(forever.secret())).isEmpty();
    }

    @Test
    void theCsrfTokenIsDerivedFromTheSessionStoredAsAHashAndCheckedExactly() {
        IssuedToken t = auth.login("admin", "right-password").orElseThrow();
        assertThat(t.csrfToken()).isEqualTo(AuthService.csrfTokenFor(t.token())).isNotEqualTo(t.token());
        Authenticated a = auth.resolve(t.token()).orElseThrow();
        assertThat(a.csrfHash()).isEqualTo(AuthService.hashToken(t.csrfToken()));
        assertThat(AuthService.csrfMatches(a, t.csrfToken())).isTrue();
        assertThat(AuthService.csrfMatches(a, t.csrfToken() + "x")).isFalse();
        assertThat(AuthService.csrfMatches(a, "")).isFalse();
        assertThat(AuthService.csrfMatches(a, null)).isFalse();
    }
}
