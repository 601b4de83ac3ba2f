package org.centralino.web;

import java.util.Objects;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.forwarding.ForwardingService;
import org.centralino.core.history.CallHistoryService;
import org.centralino.core.rights.Visibility;

/**
 * What the user-portal routes of slice E need: DND and forwarding ({@code /extensions/{n}/forwarding},
 * {@code /me/forwarding}) and the call history ({@code /me/calls}), with the rights that guard them.
 */
public record PortalServices(ForwardingService forwarding, CallHistoryService history, ExtensionService extensions,
                             Visibility visibility) {
    public PortalServices {
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(visibility, "visibility");
    }
}
