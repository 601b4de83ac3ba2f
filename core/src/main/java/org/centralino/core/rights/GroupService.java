package org.centralino.core.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.core.event.EventBus;
import org.centralino.core.secret.SecretGenerator;
import org.centralino.core.validation.ValidationException;
import org.centralino.core.validation.Violations;
import org.centralino.core.version.ExpectedVersion;
import org.centralino.core.version.VersionMismatchException;

/**
 * The use cases on groups: create, change, delete, read. Members must be existing extensions. Every committed
 * change publishes {@link RightsChanged}, so cached rights are dropped at once.
 */
public final class GroupService {
    private static final int ID_BYTES = 8;

    private final GroupStore store;
    private final ExtensionStore extensions;
    private final SecretGenerator secrets;
    private final Clock clock;
    private final EventBus events;

    public GroupService(GroupStore store, ExtensionStore extensions, SecretGenerator secrets, Clock clock,
                        EventBus events) {
        this.store = Objects.requireNonNull(store, "store");
        this.extensions = Objects.requireNonNull(extensions, "extensions");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    public List<Group> list() {
        return store.list();
    }

    /** @throws UnknownGroupException when there is none */
    public Group get(String id) {
        return store.find(Objects.requireNonNull(id, "id")).orElseThrow(() -> new UnknownGroupException(id));
    }

    /**
     * @throws ValidationException     naming every bad field
     * @throws DuplicateGroupException when the name is taken
     */
    public Group create(GroupDraft d) {
        Violations bad = new Violations();
        String name = GroupRules.name(d.name(), bad);
        List<GroupMember> members = GroupRules.members(d.members() == null ? List.of() : d.members(),
            n -> extensions.find(n).isPresent(), bad);
        Map<GroupRole, Set<GroupRight>> rights = GroupRules.rights(d.rights() == null ? Map.of() : d.rights(), bad);
        bad.throwIfAny();
        Instant now = now();
        String id = HexFormat.of().formatHex(secrets.bytes(ID_BYTES));
        Group created = store.create(new Group(id, name, Boolean.TRUE.equals(d.everyone()), members, rights, now, now,
            1));
        events.publish(new RightsChanged("group " + id + " created"));
        return created;
    }

    /**
     * Changes the fields given (non-null) in {@code d}; {@code members} and a role's {@code rights} are replaced
     * whole.
     *
     * @param expected the versions the client's If-Match allows
     * @throws VersionMismatchException when the current version is not expected, or another change won the race
     */
    public Group patch(String id, GroupDraft d, ExpectedVersion expected) {
        Group cur = get(id);
        expected.check("group " + id, cur.version());
        Violations bad = new Violations();
        String name = d.name() == null ? cur.name() : GroupRules.name(d.name(), bad);
        List<GroupMember> members = d.members() == null ? cur.members()
            : GroupRules.members(d.members(), n -> extensions.find(n).isPresent(), bad);
        Map<GroupRole, Set<GroupRight>> rights = new java.util.EnumMap<>(cur.rights());
        if (d.rights() != null) {
            rights.putAll(GroupRules.rights(d.rights(), bad));
        }
        bad.throwIfAny();
        boolean everyone = d.everyone() == null ? cur.everyone() : d.everyone();
        Group next = new Group(cur.id(), name, everyone, members, rights, cur.createdAt(), now(), cur.version());
        if (sameContent(next, cur)) {
            return cur;
        }
        Group saved = store.update(next).orElseThrow(() -> new VersionMismatchException("group " + id, -1));
        events.publish(new RightsChanged("group " + id + " updated"));
        return saved;
    }

    /** @throws UnknownGroupException when there is none; {@link VersionMismatchException} as for a patch */
    public Group delete(String id, ExpectedVersion expected) {
        Group cur = get(id);
        expected.check("group " + id, cur.version());
        if (!store.delete(id, cur.version())) { // compare-and-set: a change since the read wins
            throw new UnknownGroupException(id);
        }
        events.publish(new RightsChanged("group " + id + " deleted"));
        return cur;
    }

    private static boolean sameContent(Group a, Group b) {
        return a.name().equals(b.name()) && a.everyone() == b.everyone() && a.members().equals(b.members())
            && a.rights().equals(b.rights());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
