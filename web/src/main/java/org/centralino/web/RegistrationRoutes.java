package org.centralino.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.centralino.core.registrar.Binding;
import org.centralino.core.registrar.Registrations;

/**
 * {@code /api/v1/registrations}: the live contacts of the registrar, optionally of one extension, paged in order of
 * extension (as the directory orders numbers) and then contact URI.
 */
final class RegistrationRoutes {
    static final String LIST = "registrations";
    /** The position of a binding: extension and contact, split by a line feed (neither can hold one). */
    private static final String SPLIT = "\n";
    private static final Comparator<String> ORDER = Comparator
        .comparing((String k) -> k.substring(0, k.indexOf('\n')), ExtensionRoutes.BY_NUMBER)
        .thenComparing(k -> k.substring(k.indexOf('\n') + 1));

    private final Registrations registrations;

    RegistrationRoutes(Registrations registrations) {
        this.registrations = registrations;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/registrations", this::list, Access.ADMIN);
    }

    private void list(Context ctx) {
        PageRequest page = Paging.request(ctx, LIST, Set.of("extension"), p -> p.indexOf('\n') > 0);
        String extension = Paging.single(ctx.queryParamMap(), "extension");
        List<Binding> bindings = extension == null ? registrations.list() : registrations.of(extension);
        List<Binding> sorted = bindings.stream().sorted(Comparator.comparing(RegistrationRoutes::key, ORDER)).toList();
        ctx.json(Paging.page(sorted, RegistrationRoutes::key, ORDER, page, LIST, BindingJson::of));
    }

    private static String key(Binding b) {
        return b.extension() + SPLIT + b.contact();
    }
}
