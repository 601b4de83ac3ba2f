package org.centralino.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import org.centralino.core.secret.SecretGenerator;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {
    final SecretGenerator secrets = new SecretGenerator(new SecureRandom());
    final PasswordHasher hasher = new PasswordHasher(new Argon2Params(1024, 1, 1), secrets);
    final InMemoryAccountStore accounts = new InMemoryAccountStore();
    final AdminBootstrap bootstrap = new AdminBootstrap(accounts, hasher, secrets, Clock.systemUTC());

    @Test
    void generatesPasswordOnEmptyTable() {
        var r = (BootstrapResult.CreatedWithGeneratedPassword) bootstrap.run(null);
        assertThat(r.username()).isEqualTo("admin");
        assertThat(r.password()).hasSize(20);
        assertThat(r.toString()).doesNotContain(r.password());
        UserAccount admin = accounts.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(hasher.verify(r.password(), admin.passwordHash())).isTrue();
        assertThat(bootstrap.run(null)).isInstanceOf(BootstrapResult.AlreadyInitialised.class);
    }

    @Test
    void usesConfiguredPasswordOnceOnly() {
        assertThat(bootstrap.run("a-long-admin-password")).isEqualTo(new BootstrapResult.CreatedWithGivenPassword("admin"));
        assertThat(hasher.verify("a-long-admin-password", accounts.find("admin").orElseThrow().passwordHash())).isTrue();
        assertThat(bootstrap.run("another-long-password")).isInstanceOf(BootstrapResult.AlreadyInitialised.class);
        assertThat(hasher.verify("a-long-admin-password", accounts.find("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void refusesShortConfiguredPassword() {
        assertThatThrownBy(() -> bootstrap.run("short"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CENTRALINO_ADMIN_PASSWORD");
        assertThat(accounts.count()).isZero();
    }
}
