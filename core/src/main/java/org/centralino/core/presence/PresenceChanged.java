package org.centralino.core.presence;

import java.util.Objects;
import org.centralino.core.event.Audience;
import org.centralino.core.event.StreamEvent;

/**
 * An extension's presence changed (and only then: {@link PresenceService} publishes no event when the state it
 * computes is the one it already had). On the stream: {@code presence.changed} with
 * {@code {"extension":"1001","state":"busy"}}, for those who may see that extension's presence.
 */
public record PresenceChanged(String extension, PresenceState state) implements StreamEvent {
    public PresenceChanged {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public String type() {
        return "presence.changed";
    }

    @Override
    public Object data() {
        return new Data(extension, state.wireName());
    }

    @Override
    public Audience audience() {
        return new Audience.ExtensionPresence(extension);
    }

    /** The wire form. */
    public record Data(String extension, String state) {
    }
}
