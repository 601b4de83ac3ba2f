package org.centralino.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;

/**
 * The browser's session cookie: the login token, {@code HttpOnly} (page scripts cannot read it, so an injected
 * script cannot steal it), {@code SameSite=Strict} (other sites' pages do not send it), {@code Path=/}, and
 * {@code Secure} when the request came over HTTPS (directly or through a proxy that says so in
 * {@code X-Forwarded-Proto}), so it never travels in clear after that.
 */
final class SessionCookie {
    static final String NAME = "centralino_session";

    private SessionCookie() {
    }

    /** Sets the cookie to {@code token} until {@code expiresAt}. */
    static void set(Context ctx, String token, Instant expiresAt, Instant now) {
        long maxAge = Math.max(0, Duration.between(now, expiresAt).toSeconds());
        ctx.header("Set-Cookie", NAME + "=" + token + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
            + (secure(ctx) ? "; Secure" : ""));
    }

    /** Tells the browser to drop the cookie. */
    static void clear(Context ctx) {
        ctx.header("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
            + (secure(ctx) ? "; Secure" : ""));
    }

    /** The cookie's token, or null when the request has none (or an empty one). */
    static String read(Context ctx) {
        String v = ctx.cookie(NAME);
        return v == null || v.isEmpty() ? null : v;
    }

    private static boolean secure(Context ctx) {
        return BrowserOrigin.https("https".equalsIgnoreCase(ctx.scheme()), ctx.header("X-Forwarded-Proto"));
    }
}
