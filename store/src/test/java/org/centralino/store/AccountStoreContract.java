package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.centralino.core.account.DuplicateAccountException;
import org.centralino.core.account.Role;
import org.centralino.core.account.Session;
import org.centralino.core.account.UserAccount;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiAccountStore} and {@link JdbiSessionStore}, run on each dialect. */
abstract class AccountStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123Z");
    static final UserAccount ADMIN = new UserAccount("admin", Role.ADMIN, "$argon2id$v=19$m=1024,t=1,p=1$x$y", T0);

    @Test
    void accountsCreateFindCountDuplicate() {
        JdbiAccountStore accounts = new JdbiAccountStore(open());
        assertThat(accounts.count()).isZero();
        accounts.create(ADMIN);
        assertThat(accounts.find("admin")).contains(ADMIN);
        assertThat(accounts.find("Admin")).isEmpty();
        assertThat(accounts.count()).isOne();
        assertThatThrownBy(() -> accounts.create(ADMIN)).isInstanceOf(DuplicateAccountException.class);
    }

    @Test
    void sessionsSurviveRestartAndExpire() {
        Database db = open();
        new JdbiAccountStore(db).create(ADMIN);
        JdbiSessionStore sessions = new JdbiSessionStore(db);
        Session live = new Session("a".repeat(64), "admin", T0, T0.plusSeconds(3600));
        Session old = new Session("b".repeat(64), "admin", T0, T0.plusSeconds(10));
        sessions.save(live);
        sessions.save(old);
        db.stop();

        JdbiSessionStore reopened = new JdbiSessionStore(open());
        assertThat(reopened.find(live.tokenHash())).contains(live);
        assertThat(reopened.deleteExpired(T0.plusSeconds(10))).isOne();
        assertThat(reopened.find(old.tokenHash())).isEmpty();
        assertThat(reopened.delete(live.tokenHash())).isTrue();
        assertThat(reopened.delete(live.tokenHash())).isFalse();
    }

    @Test
    void sessionOfAnUnknownAccountIsRefusedByTheForeignKey() {
        JdbiSessionStore sessions = new JdbiSessionStore(open());
        assertThatThrownBy(() -> sessions.save(new Session("c".repeat(64), "ghost", T0, T0.plusSeconds(1))))
            .isInstanceOf(RuntimeException.class);
    }

    @Test
    void concurrentSessionWritesFromEightThreadsAllSucceed() throws Exception {
        Database db = open();
        new JdbiAccountStore(db).create(ADMIN);
        JdbiSessionStore sessions = new JdbiSessionStore(db);
        concurrently(8, 25, (thread, i) -> {
            String hash = String.format("%02d%062d", thread, i);
            sessions.save(new Session(hash, "admin", T0, T0.plusSeconds(60)));
            assertThat(sessions.find(hash)).isPresent();
            sessions.deleteExpired(T0);
        });
        assertThat(StoreContract.count(db, "web_session")).isEqualTo(200);
    }
}
