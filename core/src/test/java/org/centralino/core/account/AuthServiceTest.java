package org.centralino.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
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
    final AuthService auth = new AuthService(accounts, sessions, hasher, secrets, clock, Duration.ofHours(12));

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
}
