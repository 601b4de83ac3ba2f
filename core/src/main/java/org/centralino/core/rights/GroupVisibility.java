package org.centralino.core.rights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.centralino.core.account.Role;
import org.centralino.core.account.UserChanged;
import org.centralino.core.account.UserAccount;
import org.centralino.core.directory.DirectoryEvent;
import org.centralino.core.event.EventBus;

/**
 * {@link Visibility} over the groups and rights of seed 002 and the delegated scopes.
 * <ul>
 * <li>Presence and calls: ADMIN and OPERATOR see every extension, everybody their own; otherwise a viewer sees a
 * target when they share a group in which the viewer's role has SEE_MEMBERS (SEE_CALLS) and the target's role
 * has SHOW_PRESENCE (SHOW_CALLS). An everyone group holds every extension as MEMBER, and also a viewer who owns no
 * extension.</li>
 * <li>Managing an extension follows the viewer's {@link AdminScope}: OWN the own extension, GROUPS also those
 * listed in a group that lists the own extension (everyone groups do not count: they would make GROUPS mean ALL),
 * ALL every one.</li>
 * <li>The shared phonebook: ADMIN, PHONEBOOK_MANAGER, or MANAGE_PHONEBOOK for the viewer's role in any of its
 * groups.</li>
 * </ul>
 * The event stream asks once per event per client, so the groups and scopes are read into a {@link RightsSnapshot}
 * and kept until a {@link RightsChanged}, a {@link UserChanged} or a deleted extension arrives on the bus. Another
 * cluster node's change does not reach this bus: the snapshot is also reloaded after {@link #MAX_AGE}.
 */
public final class GroupVisibility implements Visibility {
    /** How stale a snapshot may get when a change is made on another cluster node. */
    public static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final GroupStore groups;
    private final AdminScopeStore scopes;
    private final Clock clock;
    private volatile Loaded loaded;
    /** Grows on every invalidation, so a load that read the stores before a change is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    private record Loaded(RightsSnapshot snapshot, Instant at) {
    }

    /** Subscribes to {@code events} to drop the cached rights when they change. */
    public GroupVisibility(GroupStore groups, AdminScopeStore scopes, Clock clock, EventBus events) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.clock = Objects.requireNonNull(clock, "clock");
        events.subscribe(RightsChanged.class, e -> invalidate());
        events.subscribe(DirectoryEvent.ExtensionDeleted.class, e -> invalidate());
        events.subscribe(UserChanged.class, e -> invalidate());
    }

    /** Drops the cached groups and scopes; the next question reads them again. */
    public void invalidate() {
        generation.incrementAndGet();
        loaded = null;
    }

    @Override
    public boolean canSeePresence(UserAccount viewer, String extension) {
        return sees(viewer, extension, GroupRight.SEE_MEMBERS, GroupRight.SHOW_PRESENCE);
    }

    @Override
    public boolean canSeeCalls(UserAccount viewer, String extension) {
        return sees(viewer, extension, GroupRight.SEE_CALLS, GroupRight.SHOW_CALLS);
    }

    @Override
    public boolean canManageExtension(UserAccount viewer, String extension) {
        return switch (scopeOf(viewer).extensions()) {
            case NONE -> false;
            case OWN -> viewer.owns(extension);
            case GROUPS -> viewer.owns(extension) || sharesListedGroup(viewer.extension(), extension);
            case ALL -> true;
        };
    }

    @Override
    public boolean canManageSharedPhonebook(UserAccount viewer) {
        if (viewer.isAdmin() || viewer.role() == Role.PHONEBOOK_MANAGER) {
            return true;
        }
        return snapshot().memberships(viewer.extension()).stream()
            .anyMatch(m -> m.group().rightsOf(m.role()).contains(GroupRight.MANAGE_PHONEBOOK));
    }

    /** The delegated scope that applies to {@code user} (FULL for an ADMIN). */
    public AdminScope scopeOf(UserAccount user) {
        return AdminScope.effective(user, snapshot().storedScope(user.username()));
    }

    private boolean sees(UserAccount viewer, String extension, GroupRight viewerRight, GroupRight targetRight) {
        if (viewer.role() == Role.ADMIN || viewer.role() == Role.OPERATOR || viewer.owns(extension)) {
            return true;
        }
        if (extension == null) {
            return false;
        }
        RightsSnapshot s = snapshot();
        for (RightsSnapshot.Membership mine : s.memberships(viewer.extension())) {
            if (!mine.group().rightsOf(mine.role()).contains(viewerRight)) {
                continue;
            }
            var targetRole = mine.group().roleOf(extension);
            if (targetRole.isPresent() && mine.group().rightsOf(targetRole.get()).contains(targetRight)) {
                return true;
            }
        }
        return false;
    }

    private boolean sharesListedGroup(String own, String extension) {
        if (own == null || extension == null) {
            return false;
        }
        return snapshot().listedIn(own).stream().anyMatch(m -> m.group().lists(extension));
    }

    private RightsSnapshot snapshot() {
        Loaded l = loaded;
        Instant now = clock.instant();
        if (l != null && now.isBefore(l.at().plus(MAX_AGE))) {
            return l.snapshot();
        }
        long seen = generation.get();
        l = new Loaded(new RightsSnapshot(groups.list(), scopes.all()), now);
        loaded = l;
        if (generation.get() != seen) {
            loaded = null; // a change came while reading: do not keep what may predate it
        }
        return l.snapshot();
    }
}
