package org.centralino.core.forwarding;

import java.util.Objects;
import org.centralino.core.event.Audience;
import org.centralino.core.event.StreamEvent;

/**
 * An extension's DND or forwarding changed (committed). On the event bus for the parts of the PBX that follow
 * the settings, and on the browsers' stream as {@code forwarding.changed} with the whole new state, to those
 * who may see the extension's presence.
 */
public record ForwardingChanged(ForwardingSettings settings) implements StreamEvent {
    public static final String TYPE = "forwarding.changed";

    public ForwardingChanged {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ForwardingView data() {
        return ForwardingView.of(settings);
    }

    @Override
    public Audience audience() {
        return new Audience.ExtensionPresence(settings.extension());
    }
}
