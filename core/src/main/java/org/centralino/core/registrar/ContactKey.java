package org.centralino.core.registrar;

import java.util.Locale;
import org.centralino.sip.message.SipUri;

/**
 * The form in which two Contact URIs compare equal when RFC 3261 §19.1.4 says they are: scheme and host
 * without regard to case, user as written, the port only if given (a URI naming 5060 differs from one that
 * names no port), and the values of the parameters that matter (transport, user, method, ttl, maddr) without
 * regard to case; other parameters do not count. So a phone that writes {@code transport=UDP} one time and
 * {@code transport=udp} the next keeps one binding, not two.
 */
final class ContactKey {
    private static final String[] SIGNIFICANT = {"transport", "user", "method", "ttl", "maddr"};

    private ContactKey() {
    }

    static String of(SipUri uri) {
        StringBuilder sb = new StringBuilder(48);
        sb.append(uri.scheme().toLowerCase(Locale.ROOT)).append(':');
        if (uri.user() != null) {
            sb.append(uri.user()).append('@');
        }
        if (uri.host() != null) {
            sb.append(uri.host().toLowerCase(Locale.ROOT));
        }
        if (uri.port() >= 0) {
            sb.append(':').append(uri.port());
        }
        for (String name : SIGNIFICANT) {
            if (uri.params().has(name)) {
                String v = uri.params().get(name);
                sb.append(';').append(name).append('=').append(v == null ? "" : v.toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
