package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.centralino.core.account.DuplicateAccountException;
import org.centralino.core.account.LastAdminException;
import org.centralino.core.account.Role;
import org.centralino.core.account.Session;
import org.centralino.core.account.UserAccount;
import org.centralino.core.version.VersionMismatchException;
import org.junit.jupiter.api.Test;

/** The behaviour of {@link JdbiAccountStore} and {@link JdbiSessionStore}, run on each dialect. */
abstract class AccountStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123Z");
    static final UserAccount ADMIN = UserAccount.of("admin", Role.ADMIN, "$argon2id$v=19$m=1024,t=1,p=1$x$y", T0);

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
    void updateIsCompareAndSetOnTheVersionAndKeepsEveryField() {
        JdbiAccountStore accounts = new JdbiAccountStore(open());
        accounts.create(ADMIN);
        UserAccount anna = new UserAccount("anna", "Anna Bianchi", "anna@example.com", "+393331234567", "en",
            "Europe/Berlin", "yyyy-MM-dd", "1001", Role.USER, "hash", true, T0, T0, 1);
        accounts.create(anna);
        assertThat(accounts.find("anna")).contains(anna);
        assertThat(accounts.list()).extracting(UserAccount::username).containsExactly("admin", "anna");

        UserAccount changed = new UserAccount("anna", "Anna B.", null, null, "it", "Europe/Rome", "dd/MM/yyyy",
            "1002", Role.OPERATOR, "hash2", false, T0, T0.plusSeconds(5), 1);
        assertThat(accounts.update(changed)).hasValueSatisfying(u -> {
            assertThat(u.version()).isEqualTo(2);
            assertThat(u.displayName()).isEqualTo("Anna B.");
            assertThat(u.email()).isNull();
            assertThat(u.extension()).isEqualTo("1002");
            assertThat(u.role()).isEqualTo(Role.OPERATOR);
            assertThat(u.enabled()).isFalse();
        });
        assertThat(accounts.update(changed)).as("stale version").isEmpty();
        assertThat(accounts.find("anna").orElseThrow().version()).isEqualTo(2);
        assertThat(accounts.delete("anna")).isTrue();
        assertThat(accounts.delete("anna")).isFalse();
        assertThat(accounts.update(changed)).as("gone").isEmpty();
    }

    @Test
    void aVersionedDeleteIsCompareAndSet() {
        JdbiAccountStore accounts = new JdbiAccountStore(open());
        accounts.create(ADMIN);
        accounts.create(UserAccount.of("anna", Role.USER, "hash", T0));
        UserAccount v2 = accounts.update(accounts.find("anna").orElseThrow()).orElseThrow();
        assertThatThrownBy(() -> accounts.delete("anna", 1)).isInstanceOfSatisfying(VersionMismatchException.class,
            e -> assertThat(e.current()).isEqualTo(2));
        assertThat(accounts.find("anna")).as("a stale delete deletes nothing").isPresent();
        assertThat(accounts.delete("anna", v2.version())).isTrue();
        assertThat(accounts.delete("anna", v2.version())).isFalse();
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDemotedNorDeleted() {
        JdbiAccountStore accounts = new JdbiAccountStore(open());
        accounts.create(ADMIN);
        accounts.create(UserAccount.of("anna", Role.USER, "hash", T0));
        assertThatThrownBy(() -> accounts.updateKeepingAnAdmin(withRole(ADMIN, Role.USER)))
            .isInstanceOf(LastAdminException.class);
        assertThatThrownBy(() -> accounts.delete("admin", 1)).isInstanceOf(LastAdminException.class);
        assertThat(accounts.find("admin")).as("rolled back").contains(ADMIN);
        assertThat(accounts.delete("anna", 1)).as("a USER goes").isTrue();
    }

    @Test
    void twoAdminsDemotingOrDeletingEachOtherAtOnceLeaveOne() throws Exception {
        Database db = open();
        JdbiAccountStore accounts = new JdbiAccountStore(db);
        for (int round = 0; round < 10; round++) {
            accounts.create(UserAccount.of("a" + round, Role.ADMIN, "hash", T0));
            accounts.create(UserAccount.of("b" + round, Role.ADMIN, "hash", T0));
            String[] pair = {"a" + round, "b" + round};
            boolean delete = round % 2 == 1;
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            concurrently(2, 1, (thread, i) -> {
                try {
                    if (delete) {
                        accounts.delete(pair[thread], 1);
                    } else {
                        accounts.updateKeepingAnAdmin(withRole(accounts.find(pair[thread]).orElseThrow(), Role.USER));
                    }
                } catch (LastAdminException e) {
                    refused.incrementAndGet();
                }
            });
            assertThat(refused).as("round " + round).hasValue(1);
            assertThat(accounts.list()).as("round " + round).filteredOn(u -> u.isAdmin() && u.enabled()).hasSize(1);
            for (UserAccount u : accounts.list()) { // next round starts from none
                new JdbiAccountStore(db).delete(u.username());
            }
        }
    }

    static UserAccount withRole(UserAccount u, Role role) {
        return new UserAccount(u.username(), u.displayName(), u.email(), u.mobile(), u.language(), u.timeZone(),
            u.dateFormat(), u.extension(), role, u.passwordHash(), u.enabled(), u.createdAt(), u.updatedAt(),
            u.version());
    }

    @Test
    void oneExtensionBelongsToOneUser() {
        JdbiAccountStore accounts = new JdbiAccountStore(open());
        accounts.create(UserAccount.of("a", Role.USER, "h", T0).withExtension("1001"));
        assertThatThrownBy(() -> accounts.create(UserAccount.of("b", Role.USER, "h", T0).withExtension("1001")))
            .isInstanceOf(DuplicateAccountException.class);
        accounts.create(UserAccount.of("c", Role.USER, "h", T0));
        UserAccount c = accounts.find("c").orElseThrow();
        assertThatThrownBy(() -> accounts.update(c.withExtension("1001")))
            .isInstanceOf(DuplicateAccountException.class).hasMessageContaining("1001");
    }

    @Test
    void sessionsSurviveRestartAndExpire() {
        Database db = open();
        new JdbiAccountStore(db).create(ADMIN);
        JdbiSessionStore sessions = new JdbiSessionStore(db);
        Session live = new Session("a".repeat(64), "admin", T0, T0.plusSeconds(3600), "e".repeat(64));
        Session old = new Session("b".repeat(64), "admin", T0, T0.plusSeconds(10), null);
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
        assertThatThrownBy(() -> sessions.save(new Session("c".repeat(64), "ghost", T0, T0.plusSeconds(1), null)))
            .isInstanceOf(RuntimeException.class);
    }

    @Test
    void concurrentSessionWritesFromEightThreadsAllSucceed() throws Exception {
        Database db = open();
        new JdbiAccountStore(db).create(ADMIN);
        JdbiSessionStore sessions = new JdbiSessionStore(db);
        concurrently(8, 25, (thread, i) -> {
            String hash = String.format("%02d%062d", thread, i);
            sessions.save(new Session(hash, "admin", T0, T0.plusSeconds(60), null));
            assertThat(sessions.find(hash)).isPresent();
            sessions.deleteExpired(T0);
        });
        assertThat(StoreContract.count(db, "web_session")).isEqualTo(200);
    }
}
