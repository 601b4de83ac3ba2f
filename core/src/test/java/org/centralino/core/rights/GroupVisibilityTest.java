package org.centralino.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.MutableClock;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.event.EventBus;
import org.junit.jupiter.api.Test;

class GroupVisibilityTest {
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    final MutableClock clock = new MutableClock(T0);
    final InMemoryGroupStore groups = new InMemoryGroupStore();
    final InMemoryAdminScopeStore scopes = new InMemoryAdminScopeStore();
    final EventBus events = new EventBus();
    final GroupVisibility visibility = new GroupVisibility(groups, scopes, clock, events);

    static UserAccount user(String name, Role role, String extension) {
        return UserAccount.of(name, role, "h", T0).withExtension(extension);
    }

    final UserAccount anna = user("anna", Role.USER, "1001");
    final UserAccount bruno = user("bruno", Role.USER, "1002");
    final UserAccount carla = user("carla", Role.USER, "1003");
    final UserAccount nobody = user("nobody", Role.USER, null);

    static Group group(String id, boolean everyone, List<GroupMember> members, Map<GroupRole, Set<GroupRight>> rights) {
        return new Group(id, id, everyone, members, rights, T0, T0, 1);
    }

    /** Sales: anna manages (sees members and calls, edits the phonebook), bruno is a member who shows both. */
    void sales() {
        groups.create(group("sales", false, List.of(new GroupMember("1001", GroupRole.MANAGER),
            new GroupMember("1002", GroupRole.MEMBER)), Map.of(
            GroupRole.MANAGER, Set.of(GroupRight.SEE_MEMBERS, GroupRight.SEE_CALLS, GroupRight.MANAGE_PHONEBOOK),
            GroupRole.MEMBER, Set.of(GroupRight.SHOW_PRESENCE, GroupRight.SHOW_CALLS))));
    }

    void everyone() {
        groups.create(group("everyone", true, List.of(),
            Map.of(GroupRole.MEMBER, Set.of(GroupRight.SEE_MEMBERS, GroupRight.SHOW_PRESENCE))));
    }

    @Test
    void adminsAndOperatorsSeeEverythingAndEverybodyTheirOwnExtension() {
        for (Role r : new Role[] {Role.ADMIN, Role.OPERATOR}) {
            UserAccount u = user("x", r, null);
            assertThat(visibility.canSeePresence(u, "1009")).isTrue();
            assertThat(visibility.canSeeCalls(u, "1009")).isTrue();
        }
        assertThat(visibility.canSeePresence(anna, "1001")).isTrue();
        assertThat(visibility.canSeeCalls(anna, "1001")).isTrue();
        assertThat(visibility.canSeePresence(anna, "1002")).isFalse();
        assertThat(visibility.canSeePresence(user("pm", Role.PHONEBOOK_MANAGER, null), "1002")).isFalse();
    }

    @Test
    void aGroupNeedsTheViewersSeeRightAndTheTargetsShowRight() {
        sales();
        assertThat(visibility.canSeePresence(anna, "1002")).isTrue();
        assertThat(visibility.canSeeCalls(anna, "1002")).isTrue();
        assertThat(visibility.canSeePresence(bruno, "1001")).as("members have no SEE_MEMBERS").isFalse();
        assertThat(visibility.canSeePresence(carla, "1002")).as("not in the group").isFalse();
        assertThat(visibility.canSeePresence(anna, "1003")).as("not in the group").isFalse();

        groups.create(group("shy", false, List.of(new GroupMember("1001", GroupRole.MANAGER),
            new GroupMember("1003", GroupRole.MEMBER)), Map.of(GroupRole.MANAGER, Set.of(GroupRight.SEE_MEMBERS))));
        visibility.invalidate();
        assertThat(visibility.canSeePresence(anna, "1003")).as("1003 does not SHOW_PRESENCE there").isFalse();
    }

    @Test
    void anEveryoneGroupHoldsEveryExtensionAndUsersWithoutOne() {
        everyone();
        assertThat(visibility.canSeePresence(bruno, "1003")).isTrue();
        assertThat(visibility.canSeePresence(nobody, "1003")).isTrue();
        assertThat(visibility.canSeeCalls(bruno, "1003")).as("Everyone shows presence, not calls").isFalse();
        assertThat(visibility.canSeePresence(bruno, null)).isFalse();
    }

    @Test
    void managingExtensionsFollowsTheDelegatedScope() {
        sales();
        everyone();
        assertThat(visibility.canManageExtension(anna, "1001")).as("no scope stored").isFalse();
        scopes.save("anna", new AdminScope(ExtensionScope.OWN, false, false, false, false));
        visibility.invalidate();
        assertThat(visibility.canManageExtension(anna, "1001")).isTrue();
        assertThat(visibility.canManageExtension(anna, "1002")).isFalse();
        scopes.save("anna", new AdminScope(ExtensionScope.GROUPS, false, false, false, false));
        visibility.invalidate();
        assertThat(visibility.canManageExtension(anna, "1002")).as("listed in Sales with 1001").isTrue();
        assertThat(visibility.canManageExtension(anna, "1003")).as("only the everyone group in common").isFalse();
        scopes.save("anna", new AdminScope(ExtensionScope.ALL, false, false, false, false));
        visibility.invalidate();
        assertThat(visibility.canManageExtension(anna, "1003")).isTrue();
        assertThat(visibility.canManageExtension(user("root", Role.ADMIN, null), "1003")).isTrue();
        assertThat(visibility.scopeOf(user("root", Role.ADMIN, null))).isEqualTo(AdminScope.FULL);
    }

    @Test
    void theSharedPhonebookIsForAdminsPhonebookManagersAndTheManagePhonebookRight() {
        sales();
        assertThat(visibility.canManageSharedPhonebook(user("root", Role.ADMIN, null))).isTrue();
        assertThat(visibility.canManageSharedPhonebook(user("pm", Role.PHONEBOOK_MANAGER, null))).isTrue();
        assertThat(visibility.canManageSharedPhonebook(anna)).isTrue();
        assertThat(visibility.canManageSharedPhonebook(bruno)).isFalse();
        assertThat(visibility.canManageSharedPhonebook(user("op", Role.OPERATOR, null))).isFalse();
    }

    @Test
    void theGroupsAreReadOnceUntilAChangeOrTheMaximumAge() {
        sales();
        for (int i = 0; i < 100; i++) {
            visibility.canSeePresence(anna, "1002");
        }
        assertThat(groups.reads).isOne();
        groups.map.clear();
        assertThat(visibility.canSeePresence(anna, "1002")).as("cached").isTrue();
        events.publish(new RightsChanged("test"));
        assertThat(visibility.canSeePresence(anna, "1002")).isFalse();
        assertThat(groups.reads).isEqualTo(2);

        sales();
        events.publish(new DirectoryEvent.ExtensionDeleted("1009"));
        assertThat(visibility.canSeePresence(anna, "1002")).isTrue();
        groups.map.clear();
        clock.advance(GroupVisibility.MAX_AGE.minus(Duration.ofMillis(1)));
        assertThat(visibility.canSeePresence(anna, "1002")).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(visibility.canSeePresence(anna, "1002")).as("reloaded after MAX_AGE").isFalse();
    }
}
