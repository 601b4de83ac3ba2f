package org.centralino.core.forwarding;

import java.util.Objects;
import org.centralino.core.event.Audience;
import org.centralino.core.event.StreamEvent;

/**
 * An extension's DND or forwarding changed (committed). On the event bus for the parts of the PBX that follow
 * the settings, and on the browsers' stream as {@code forwarding.changed} with the whole new state, only to the
 * extension's owner and those who may manage it: the targets are private numbers (a mobile, a home phone), which
 * {@code GET .../forwarding} shows no one else either. Everyone else who may see the extension's presence learns of
 * DND from {@code presence.changed} (state {@code dnd}).
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
        return new Audience.ExtensionManagers(settings.extension());
    }
}
