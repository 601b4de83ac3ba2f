package org.centralino.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The origin ({@code scheme://host[:port]}, RFC 6454) a browser sees this server at, and whether a request's
 * {@code Origin} header names it. The event stream needs it: a WebSocket handshake is a GET that carries the session
 * cookie whichever page opens it, and {@code SameSite=Strict} still lets pages of the same site in (another port of
 * the host, a sibling subdomain), so a cookie-authenticated stream is only for pages of this very origin.
 * <p>
 * Behind a reverse proxy the browser's origin is the proxy's: {@code X-Forwarded-Proto} says https exactly as it
 * does for the cookie's {@code Secure} flag ({@link SessionCookie}), and {@code X-Forwarded-Host} replaces
 * {@code Host}. Trusting these is safe here: a page cannot set headers on a WebSocket handshake, so only the
 * proxy (or a non-browser client, which has the token anyway) can send them.
 */
final class BrowserOrigin {
    private BrowserOrigin() {
    }

    /** Whether the request came over HTTPS, directly or through a proxy that says so. */
    static boolean https(boolean direct, String forwardedProto) {
        return direct || forwardedProto != null && forwardedProto.strip().toLowerCase(Locale.ROOT).startsWith("https");
    }

    /**
     * Whether {@code origin} is the server's own origin as the browser sees it.
     *
     * @param secure         whether the connection itself is TLS
     * @param host           the {@code Host} header
     * @param forwardedProto {@code X-Forwarded-Proto}, or null
     * @param forwardedHost  {@code X-Forwarded-Host}, or null; its first value when a chain of proxies listed several
     */
    static boolean same(String origin, boolean secure, String host, String forwardedProto, String forwardedHost) {
        String scheme = https(secure, forwardedProto) ? "https" : "http";
        String authority = first(forwardedHost);
        if (authority == null) {
            authority = first(host);
        }
        if (origin == null || authority == null) {
            return false;
        }
        String own = normalize(scheme + "://" + authority);
        return own != null && own.equals(normalize(origin.strip()));
    }

    /** {@code scheme://host:port} in lower case with the port made explicit; null when it is no such origin. */
    private static String normalize(String origin) {
        try {
            URI u = new URI(origin);
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = u.getRawPath() == null || u.getRawPath().isEmpty();
            if (u.getHost() == null || u.getRawUserInfo() != null || !bare || u.getRawQuery() != null
                || u.getRawFragment() != null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null; // also "null", the origin of sandboxed frames and file: pages
            }
            int port = u.getPort() != -1 ? u.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        String v = (comma < 0 ? header : header.substring(0, comma)).strip();
        return v.isEmpty() ? null : v;
    }
}
