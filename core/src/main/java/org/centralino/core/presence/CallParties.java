package org.centralino.core.presence;

import java.util.Objects;
import java.util.Optional;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.call.CallState;
import org.centralino.core.call.Leg;
import org.centralino.core.call.LegId;
import org.centralino.core.call.LegSide;
import org.centralino.core.registrar.Binding;
import org.centralino.core.registrar.Registrations;

/**
 * Which extension a call leg belongs to. The call model knows extensions only as the caller's number
 * ({@link CallState#from()}); a fork knows the contact URI it rings ({@link Leg#target()}), which the B2BUA took
 * from one of the callee's registered bindings. So a fork is the extension with a binding of that contact,
 * looked up first under the dialled number (the usual case), then among all bindings (a hand-over by an
 * application rings another extension). Ask when a leg is first seen: the call and the binding must still exist.
 */
public final class CallParties {
    /** Fork targets of this form are applications answered by the PBX (voicemail, IVR), not extensions. */
    static final String APPLICATION_PREFIX = "app:";

    private final CallRegistry calls;
    private final Registrations registrations;

    public CallParties(CallRegistry calls, Registrations registrations) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
    }

    /** The extension of {@code leg}; empty for an application's leg, or when the call or contact is gone. */
    public Optional<String> extensionOf(CallId call, LegId leg) {
        Optional<CallState> state = calls.find(call).map(Call::state);
        Optional<Leg> found = state.flatMap(s -> s.leg(leg));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().side() == LegSide.CALLER) {
            return Optional.of(state.get().from());
        }
        return ownerOf(found.get().target(), state.get().to());
    }

    /** The extension with a live binding of {@code contact}, preferring {@code dialled}. */
    Optional<String> ownerOf(String contact, String dialled) {
        if (contact == null || contact.startsWith(APPLICATION_PREFIX)) {
            return Optional.empty();
        }
        if (dialled != null && registrations.of(dialled).stream().anyMatch(b -> b.contact().equals(contact))) {
            return Optional.of(dialled);
        }
        return registrations.list().stream().filter(b -> b.contact().equals(contact)).map(Binding::extension)
            .findFirst();
    }
}
