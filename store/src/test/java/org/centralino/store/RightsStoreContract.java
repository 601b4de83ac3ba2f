package org.centralino.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.account.Role;
import org.centralino.core.account.UnknownAccountException;
import org.centralino.core.account.UserAccount;
import org.centralino.core.audit.AuditEntry;
import org.centralino.core.audit.AuditQuery;
import org.centralino.core.rights.AdminScope;
import org.centralino.core.rights.DuplicateGroupException;
import org.centralino.core.rights.ExtensionScope;
import org.centralino.core.rights.Group;
import org.centralino.core.rights.GroupMember;
import org.centralino.core.rights.GroupRight;
import org.centralino.core.rights.GroupRole;
import org.centralino.core.version.VersionMismatchException;
import org.junit.jupiter.api.Test;

/** Groups, scopes (V10) and the audit log (V11), run on each dialect. */
abstract class RightsStoreContract extends StoreContract {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123Z");

    Database withExtensions(String... numbers) {
        Database db = open();
        JdbiExtensionStore extensions = new JdbiExtensionStore(db, ExtensionStoreContract.SEALER);
        extensions.start();
        for (String n : numbers) {
            extensions.create(ExtensionStoreContract.ext(n, "Ext " + n));
        }
        extensions.stop();
        return db;
    }

    static Group sales(long version) {
        return new Group("g1", "Sales", false, List.of(new GroupMember("1001", GroupRole.MANAGER),
            new GroupMember("1002", GroupRole.MEMBER)),
            Map.of(GroupRole.MEMBER, Set.of(GroupRight.SEE_MEMBERS, GroupRight.SHOW_PRESENCE),
                GroupRole.MANAGER, Set.of(GroupRight.SEE_CALLS, GroupRight.BARGE)), T0, T0, version);
    }

    @Test
    void theMigrationCreatesTheEveryoneGroup() {
        JdbiGroupStore groups = new JdbiGroupStore(open());
        Group everyone = groups.find("everyone").orElseThrow();
        assertThat(everyone.name()).isEqualTo("Everyone");
        assertThat(everyone.everyone()).isTrue();
        assertThat(everyone.members()).isEmpty();
        assertThat(everyone.rightsOf(GroupRole.MEMBER))
            .containsExactlyInAnyOrder(GroupRight.SEE_MEMBERS, GroupRight.SHOW_PRESENCE);
        assertThat(everyone.rightsOf(GroupRole.MANAGER)).isEmpty();
    }

    @Test
    void groupsRoundTripAreCompareAndSetAndUniqueByName() {
        JdbiGroupStore groups = new JdbiGroupStore(withExtensions("1001", "1002", "1003"));
        groups.create(sales(1));
        assertThat(groups.find("g1")).contains(sales(1));
        assertThat(groups.list()).extracting(Group::name).containsExactly("Everyone", "Sales");
        assertThatThrownBy(() -> groups.create(new Group("g2", "Sales", false, List.of(), Map.of(), T0, T0, 1)))
            .isInstanceOf(DuplicateGroupException.class);

        Group changed = new Group("g1", "Sales EU", true, List.of(new GroupMember("1003", GroupRole.MEMBER)),
            Map.of(GroupRole.MEMBER, Set.of(GroupRight.PARK)), T0, T0.plusSeconds(5), 1);
        Group saved = groups.update(changed).orElseThrow();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.members()).containsExactly(new GroupMember("1003", GroupRole.MEMBER));
        assertThat(saved.rightsOf(GroupRole.MEMBER)).containsExactly(GroupRight.PARK);
        assertThat(saved.rightsOf(GroupRole.MANAGER)).isEmpty();
        assertThat(saved.everyone()).isTrue();
        assertThat(groups.update(changed)).as("stale version").isEmpty();
        assertThatThrownBy(() -> groups.update(new Group("g1", "Everyone", false, List.of(), Map.of(), T0, T0, 2)))
            .isInstanceOf(DuplicateGroupException.class);
        assertThat(groups.delete("g1")).isTrue();
        assertThat(groups.delete("g1")).isFalse();
        assertThat(groups.find("g1")).isEmpty();
    }

    @Test
    void aVersionedDeleteIsCompareAndSet() {
        JdbiGroupStore groups = new JdbiGroupStore(withExtensions("1001", "1002", "1003"));
        groups.create(sales(1));
        groups.update(sales(1)).orElseThrow();
        assertThatThrownBy(() -> groups.delete("g1", 1)).isInstanceOfSatisfying(VersionMismatchException.class,
            e -> assertThat(e.current()).isEqualTo(2));
        assertThat(groups.find("g1")).as("a stale delete deletes nothing").isPresent();
        assertThat(groups.delete("g1", 2)).isTrue();
        assertThat(groups.delete("g1", 2)).isFalse();
    }

    @Test
    void aDeletedExtensionLeavesItsGroups() {
        Database db = withExtensions("1001", "1002");
        JdbiGroupStore groups = new JdbiGroupStore(db);
        groups.create(sales(1));
        JdbiExtensionStore extensions = new JdbiExtensionStore(db, ExtensionStoreContract.SEALER);
        extensions.start();
        extensions.delete("1002");
        extensions.stop();
        assertThat(groups.find("g1").orElseThrow().members()).extracting(GroupMember::extension)
            .containsExactly("1001");
    }

    @Test
    void scopesAreSavedReplacedListedAndGoWithTheirUser() {
        Database db = open();
        JdbiAccountStore accounts = new JdbiAccountStore(db);
        accounts.create(UserAccount.of("anna", Role.USER, "h", T0));
        accounts.create(UserAccount.of("bob", Role.USER, "h", T0));
        JdbiAdminScopeStore scopes = new JdbiAdminScopeStore(db);
        assertThat(scopes.find("anna")).isEmpty();
        assertThat(scopes.version("anna")).isZero();
        AdminScope groupsScope = new AdminScope(ExtensionScope.GROUPS, true, false, true, false);
        assertThat(scopes.save("anna", groupsScope, 0)).isTrue();
        assertThat(scopes.save("bob", AdminScope.NONE, 0)).isTrue();
        assertThat(scopes.find("anna")).contains(groupsScope);
        assertThat(scopes.version("anna")).isEqualTo(1);
        assertThat(scopes.save("anna", AdminScope.FULL, 1)).isTrue();
        assertThat(scopes.version("anna")).isEqualTo(2);
        assertThat(scopes.all()).containsExactly(Map.entry("anna", AdminScope.FULL), Map.entry("bob", AdminScope.NONE));
        accounts.delete("anna");
        assertThat(scopes.find("anna")).isEmpty();
    }

    @Test
    void aScopeIsReplacedOnlyFromItsCurrentVersion() {
        Database db = open();
        new JdbiAccountStore(db).create(UserAccount.of("anna", Role.USER, "h", T0));
        JdbiAdminScopeStore scopes = new JdbiAdminScopeStore(db);
        AdminScope own = new AdminScope(ExtensionScope.OWN, false, false, false, false);
        assertThat(scopes.save("anna", own, 0)).isTrue();
        assertThat(scopes.save("anna", AdminScope.FULL, 0)).as("a second first write loses").isFalse();
        assertThat(scopes.save("anna", AdminScope.FULL, 2)).as("a version not reached yet").isFalse();
        assertThat(scopes.find("anna")).contains(own);
        assertThat(scopes.version("anna")).isEqualTo(1);
        assertThatThrownBy(() -> scopes.save("ghost", own, 0)).isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void auditPagesNewestFirstAndFilters() {
        JdbiAuditStore audit = new JdbiAuditStore(open());
        for (int i = 0; i < 5; i++) {
            audit.append(new AuditEntry("e" + i, T0.plusSeconds(i / 2), i % 2 == 0 ? "admin" : "delegate",
                "user.update", "user", "anna" + (i % 3), "{\"v\":" + i + "}", i == 4 ? null : "{\"v\":" + (i + 1)
                    + "}"));
        }
        List<AuditEntry> first = audit.query(new AuditQuery(null, null, null, null, 2));
        assertThat(first).extracting(AuditEntry::id).containsExactly("e4", "e3");
        assertThat(first.get(0).after()).isNull();
        assertThat(first.get(1).before()).isEqualTo("{\"v\":3}");
        AuditEntry last = first.get(1);
        List<AuditEntry> next = audit.query(new AuditQuery(null, null, null,
            new AuditQuery.Position(last.at(), last.id()), 10));
        assertThat(next).extracting(AuditEntry::id).containsExactly("e2", "e1", "e0");
        assertThat(audit.query(new AuditQuery("delegate", null, null, null, 10))).extracting(AuditEntry::id)
            .containsExactly("e3", "e1");
        assertThat(audit.query(new AuditQuery(null, "user", "anna1", null, 10))).extracting(AuditEntry::id)
            .containsExactly("e4", "e1");
        assertThat(audit.query(new AuditQuery(null, "group", null, null, 10))).isEmpty();
    }
}
