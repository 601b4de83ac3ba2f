package org.centralino.web;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.Set;

/**
 * The browser UI (DESIGN "Web UI"): static ES modules from the web jar at {@code /}, and the Vue 3 browser build
 * from its webjar at {@code /webjars/}. No Node build: the browser loads the modules as they are. Javalin serves
 * a static file only when no API route matched, so {@code /api/v1/...} keeps priority; the UI talks to the
 * server through that public API and {@code /api/v1/events} alone.
 */
final class WebUi {
    /** Where the UI's files live in the jar; {@code /} answers with its index.html. */
    static final String CLASSPATH_DIR = "/org/centralino/web/ui";

    private WebUi() {
    }

    static void register(StaticFilesConfig staticFiles) {
        staticFiles.add(ui -> {
            ui.hostedPath = "/";
            ui.directory = CLASSPATH_DIR;
            ui.location = Location.CLASSPATH;
            // PUBLIC: the login screen is itself a static file; the data behind it needs a session
            ui.roles = Set.of(Access.PUBLIC);
            // the modules change with every release and are small: revalidate rather than run stale code;
            // no framing by other sites (clickjacking a logged-in receptionist)
            ui.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin");
        });
        staticFiles.add(webjars -> {
            webjars.hostedPath = "/webjars";
            webjars.directory = "META-INF/resources/webjars";
            webjars.location = Location.CLASSPATH;
            webjars.roles = Set.of(Access.PUBLIC);
            // the path carries the library's version: a new version is a new URL
            webjars.headers = Map.of("Cache-Control", "max-age=31536000, immutable");
        });
    }
}
