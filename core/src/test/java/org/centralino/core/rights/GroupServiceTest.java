package org.centralino.core.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.core.MutableClock;
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

class GroupServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final SecretGenerator secrets = new SecretGenerator(new SecureRandom());
    final InMemoryExtensionStore extensions = new InMemoryExtensionStore();
    final InMemoryGroupStore store = new InMemoryGroupStore();
    final EventBus events = new EventBus();
    final List<RightsChanged> changes = new CopyOnWriteArrayList<>();
    final GroupService groups = new GroupService(store, extensions, secrets, clock, events);

    @BeforeEach
    void setUp() {
        events.subscribe(RightsChanged.class, changes::add);
        ExtensionService ext = new ExtensionService(extensions, "pbx.test", clock, secrets, events);
        for (String n : new String[] {"1001", "1002", "1003"}) {
            ext.create(new NewExtension(n, "Ext " + n, null, null, null, null, null, null));
        }
    }

    static GroupDraft.MemberDraft member(String extension, String role) {
        return new GroupDraft.MemberDraft(extension, role);
    }

    @Test
    void createStoresMembersAndRightsAndTellsTheCaches() {
        Group g = groups.create(new GroupDraft(" Sales ", null, List.of(member("1001", "MANAGER"), member("1002",
            null)),
            Map.of("MANAGER", List.of("SEE_MEMBERS", "SEE_CALLS"), "MEMBER", List.of("SHOW_PRESENCE"))));
        assertThat(g.name()).isEqualTo("Sales");
        assertThat(g.id()).hasSize(16);
        assertThat(g.everyone()).isFalse();
        assertThat(g.members()).containsExactly(new GroupMember("1001", GroupRole.MANAGER),
            new GroupMember("1002", GroupRole.MEMBER));
        assertThat(g.rightsOf(GroupRole.MANAGER)).containsExactlyInAnyOrder(GroupRight.SEE_MEMBERS,
            GroupRight.SEE_CALLS);
        assertThat(groups.get(g.id())).isEqualTo(g);
        assertThat(changes).hasSize(1);
    }

    @Test
    void createNamesEveryBadField() {
        assertThatThrownBy(() -> groups.create(new GroupDraft("", null,
            List.of(member("9999", null), member("1001", "BOSS"), member("1002", null), member("1002", null),
                member(null, null)),
            Map.of("OWNER", List.of("SEE_MEMBERS"), "MEMBER", List.of("FLY")))))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.fields()).containsKeys("name", "members[0].extension", "members[1].role",
                    "members[3].extension", "members[4].extension", "rights.OWNER", "rights.MEMBER");
                assertThat(e.fields().get("members[0].extension")).isEqualTo("no extension '9999' exists");
                assertThat(e.fields().get("rights.MEMBER")).startsWith("unknown right 'FLY'; allowed: SEE_MEMBERS");
            });
        assertThat(store.map).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void patchReplacesMembersAndTheGivenRolesRightsAndChecksTheVersion() {
        Group g = groups.create(new GroupDraft("Sales", null, List.of(member("1001", null)),
            Map.of("MANAGER", List.of("BARGE"), "MEMBER", List.of("PARK"))));
        Group p = groups.patch(g.id(), new GroupDraft(null, true, List.of(member("1003", "MANAGER")),
            Map.of("MEMBER", List.of("INTERCOM"))), ExpectedVersion.of(1));
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.name()).isEqualTo("Sales");
        assertThat(p.everyone()).isTrue();
        assertThat(p.members()).containsExactly(new GroupMember("1003", GroupRole.MANAGER));
        assertThat(p.rightsOf(GroupRole.MEMBER)).containsExactly(GroupRight.INTERCOM);
        assertThat(p.rightsOf(GroupRole.MANAGER)).as("not given: kept").containsExactly(GroupRight.BARGE);
        assertThatThrownBy(() -> groups.patch(g.id(), new GroupDraft("X", null, null, null), ExpectedVersion.of(1)))
            .isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> groups.delete(g.id(), ExpectedVersion.of(1))).isInstanceOf(VersionMismatchException.class);
        assertThat(groups.delete(g.id(), ExpectedVersion.of(2)).name()).isEqualTo("Sales");
        assertThatThrownBy(() -> groups.get(g.id())).isInstanceOf(UnknownGroupException.class);
        assertThat(changes).hasSize(3);
    }
}
