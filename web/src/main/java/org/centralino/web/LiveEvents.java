package org.centralino.web;

import java.time.Clock;
import java.util.Objects;
import org.centralino.core.event.EventBus;
import org.centralino.core.presence.PresenceService;
import org.centralino.core.rights.Visibility;

/**
 * What the live parts of the API need: the bus whose {@link org.centralino.core.event.StreamEvent}s go out on
 * {@code /api/v1/events}, the presence {@code GET /api/v1/presence} lists, who may see what, and the stream's
 * limits. The server builds one and hands it to the {@link WebServer}.
 *
 * @param visibility who may see which extension's presence and calls; {@link Visibility#roleBased()} until the
 *                   group rights are wired
 * @param clock      the clock of the journal's timestamps and retention
 */
public record LiveEvents(EventBus events, PresenceService presence, Visibility visibility, StreamLimits limits,
                         Clock clock) {
    public LiveEvents {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
    }

    /** With the default limits, the system clock and the rights of the roles alone. */
    public static LiveEvents of(EventBus events, PresenceService presence) {
        return new LiveEvents(events, presence, Visibility.roleBased(), StreamLimits.DEFAULT, Clock.systemUTC());
    }

    public LiveEvents withVisibility(Visibility v) {
        return new LiveEvents(events, presence, v, limits, clock);
    }

    public LiveEvents withLimits(StreamLimits l) {
        return new LiveEvents(events, presence, visibility, l, clock);
    }
}
