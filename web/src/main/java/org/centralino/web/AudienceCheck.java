package org.centralino.web;

import java.util.Objects;
import org.centralino.core.account.UserAccount;
import org.centralino.core.event.Audience;
import org.centralino.core.rights.Visibility;

/** Whether a user may receive an event of a given {@link Audience}, asked of {@link Visibility} for extensions. */
final class AudienceCheck {
    private final Visibility visibility;

    AudienceCheck(Visibility visibility) {
        this.visibility = Objects.requireNonNull(visibility, "visibility");
    }

    boolean admits(UserAccount viewer, Audience audience) {
        return switch (audience) {
            case Audience.Everyone _ -> true;
            case Audience.ExtensionPresence p -> visibility.canSeePresence(viewer, p.number());
            case Audience.ExtensionCalls c -> visibility.canSeeCalls(viewer, c.number());
            // the same rule as GET /extensions/{n}/forwarding (ForwardingRoutes): the owner, or who may manage it
            case Audience.ExtensionManagers m -> viewer.owns(m.number())
                || visibility.canManageExtension(viewer, m.number());
            case Audience.User u -> viewer.username().equals(u.username());
            case Audience.Admins _ -> viewer.isAdmin();
        };
    }
}
