package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.centralino.core.registrar.Binding;
import org.centralino.core.registrar.Registrations;

/** {@code /api/v1/registrations}: the live contacts of the registrar, optionally of one extension. */
final class RegistrationRoutes {
    private final Registrations registrations;

    RegistrationRoutes(Registrations registrations) {
        this.registrations = registrations;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/registrations", this::list, Access.ADMIN);
    }

    private void list(Context ctx) {
        String extension = ctx.queryParam("extension");
        List<Binding> bindings = extension == null ? registrations.list() : registrations.of(extension);
        ctx.json(new ListJson<>(bindings.stream().map(BindingJson::of).toList()));
    }
}
