package org.centralino.core.registrar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.centralino.core.event.Audience;
import org.centralino.core.event.StreamEvent;

/**
 * The set of contacts of one extension changed: a device registered or unregistered, a binding expired, or the
 * extension was deleted or disabled. Published by {@link LocationService} only when the set of contacts differs
 * (a refresh of the same contacts is not a change), in the order of the changes for each extension. Presence
 * subscribes to it; on the event stream it goes to administrators, since devices and their addresses are
 * theirs to see ({@code GET /api/v1/registrations} is admin-only too).
 *
 * @param bindings the extension's live bindings after the change; empty when it has none left
 */
public record RegistrationChanged(String extension, List<Binding> bindings) implements StreamEvent {
    public RegistrationChanged {
        Objects.requireNonNull(extension, "extension");
        bindings = List.copyOf(bindings);
    }

    /** Whether at least one device of the extension is registered. */
    public boolean registered() {
        return !bindings.isEmpty();
    }

    @Override
    public String type() {
        return "registration.changed";
    }

    @Override
    public Object data() {
        return new Data(extension, registered(), bindings.stream()
            .map(b -> new Device(b.contact(), b.source(), b.userAgent(), b.expiresAt())).toList());
    }

    @Override
    public Audience audience() {
        return new Audience.Admins();
    }

    /** The wire form: {@code {"extension","registered","devices":[{contact,source,userAgent,expiresAt}]}}. */
    public record Data(String extension, boolean registered, List<Device> devices) {
    }

    /** One registered device as the stream shows it. */
    public record Device(String contact, String source, String userAgent, Instant expiresAt) {
    }
}
