package org.centralino.web;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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

    /**
     * Scripts only from this server: the modules, and the one inline script of index.html (the import map, allowed
     * by its hash). {@code 'unsafe-eval'} because Vue's in-browser template compiler builds render functions with
     * {@code new Function} (precompiled templates would need a build step); styles may be inline because Vue
     * writes style attributes. Connections only to this origin (the API and the event stream).
     */
    static String contentSecurityPolicy() {
        return "default-src 'self'; script-src 'self' 'unsafe-eval' '" + importMapHash() + "'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The CSP source of index.html's import map: {@code sha256-<base64>} of the script's text as served. */
    static String importMapHash() {
        String html;
        try (InputStream in = WebUi.class.getResourceAsStream(CLASSPATH_DIR + "/index.html")) {
            if (in == null) {
                throw new IllegalStateException("the web UI's index.html is missing from the jar");
            }
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web UI's index.html", e);
        }
        String open = "<script type=\"importmap\">";
        int start = html.indexOf(open);
        int end = start < 0 ? -1 : html.indexOf("</script>", start);
        if (end < 0) {
            throw new IllegalStateException("the web UI's index.html has no import map");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(html.substring(start + open.length(), end).getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
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
                "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin",
                "Content-Security-Policy", contentSecurityPolicy());
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
