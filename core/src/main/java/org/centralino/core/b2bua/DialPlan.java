package org.centralino.core.b2bua;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.centralino.core.app.Application;
import org.centralino.core.app.Applications;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.core.registrar.Binding;
import org.centralino.core.registrar.Registrations;

/**
 * The dialling plan: a number an application serves (issue 4) reaches it; a number that is an enabled
 * extension rings every registered device of that extension, at once, for the extension's ring timeout
 * (issue 3). Anything else is unknown (404), and an extension with no registered device cannot be reached (480).
 */
final class DialPlan {
    /** How long an application may take to answer before the caller is told 480. */
    static final Duration APP_ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final ExtensionStore extensions;
    private final Registrations registrations;
    private final Applications applications;

    DialPlan(ExtensionStore extensions, Registrations registrations, Applications applications) {
        this.extensions = extensions;
        this.registrations = registrations;
        this.applications = applications;
    }

    sealed interface Route {
    }

    /** Ring these devices (highest q first, RFC 3261 §10.2.1.2 — all at once, so only the order of INVITEs). */
    record Ring(Extension callee, List<Binding> devices, Duration ringTimeout) implements Route {
    }

    record UnknownNumber() implements Route {
    }

    /** A number served by an application (a feature code such as {@code *43}). */
    record App(String number, Application application) implements Route {
    }

    record NotRegistered(Extension callee) implements Route {
    }

    Route route(String dialled) {
        Optional<Application> app = applications.find(dialled);
        if (app.isPresent()) {
            return new App(dialled, app.get());
        }
        Optional<Extension> ext = dialled == null ? Optional.empty()
            : extensions.find(dialled).filter(Extension::enabled);
        if (ext.isEmpty()) {
            return new UnknownNumber();
        }
        List<Binding> devices = registrations.of(ext.get().number()).stream()
            .sorted(Comparator.comparingInt(Binding::q).reversed()).toList();
        if (devices.isEmpty()) {
            return new NotRegistered(ext.get());
        }
        return new Ring(ext.get(), devices, ext.get().ringTimeout());
    }
}
