package org.centralino.core.b2bua;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.core.registrar.DecoyAlgorithms;
import org.centralino.sip.auth.DigestAlgorithm;
import org.centralino.sip.auth.DigestAuthenticator;
import org.centralino.sip.auth.DigestResult;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.Via;

/**
 * Who is calling (issue 3: "the caller is authenticated (INVITE with 407 challenge); unauthenticated or
 * disabled extensions cannot call"). Proxy authentication (RFC 3261 §22.3) with the registrar's digest
 * authenticator, so the phone answers with the credentials it registers with. As in the registrar, an unknown
 * name is challenged with decoy algorithms and refused with the same 403 as a wrong password.
 */
final class CallerAuthenticator {
    private final ExtensionStore extensions;
    private final DigestAuthenticator digest;
    private final DecoyAlgorithms decoy;

    CallerAuthenticator(ExtensionStore extensions, DigestAuthenticator digest, DecoyAlgorithms decoy) {
        this.extensions = extensions;
        this.digest = digest;
        this.decoy = decoy;
    }

    sealed interface Check {
    }

    /** The caller is this enabled extension. */
    record Authenticated(Extension extension) implements Check {
    }

    /** Answer 407 with these Proxy-Authenticate values. */
    record Challenge(List<String> proxyAuthenticate) implements Check {
    }

    /** Answer 403: wrong password, unknown or disabled extension. */
    record Forbidden(String why) implements Check {
    }

    Check check(SipRequest invite) {
        String credentials = invite.headers().firstOrNull(HeaderNames.PROXY_AUTHORIZATION);
        if (credentials == null) {
            return challenge(invite, false);
        }
        DigestResult result = digest.verify(credentials, invite.method(), this::ha1Of);
        return switch (result) {
            case DigestResult.Ok ok -> extensions.find(ok.username()).filter(Extension::enabled)
                .<Check>map(Authenticated::new).orElseGet(() -> new Forbidden(ok.username() + " is disabled"));
            case DigestResult.Stale s -> challenge(invite, true);
            case DigestResult.Invalid inv -> switch (inv.failure()) {
                case MALFORMED, WRONG_REALM, WRONG_OPAQUE, BAD_NONCE, BAD_QOP, REPLAYED -> challenge(invite, false);
                case UNKNOWN_USER, WRONG_RESPONSE, ALGORITHM_NOT_ALLOWED -> new Forbidden(inv.reason());
            };
        };
    }

    private Map<DigestAlgorithm, String> ha1Of(String username) {
        return extensions.find(username).filter(Extension::enabled).map(Extension::ha1).orElse(Map.of());
    }

    /** Challenged for the From user's algorithms; seeded by the request so a retransmission gets the same. */
    private Check challenge(SipRequest invite, boolean stale) {
        String user = fromUser(invite);
        List<DigestAlgorithm> algorithms = Optional.ofNullable(user).flatMap(extensions::find)
            .filter(Extension::enabled).map(Extension::digestAlgorithms).filter(l -> !l.isEmpty())
            .orElseGet(() -> decoy.algorithmsFor(user == null ? "" : user));
        Via via = invite.topVia();
        String key = via.branch() + '|' + via.host() + ':' + via.port() + '|' + invite.callId();
        return new Challenge(digest.challengesFor(key, algorithms, stale));
    }

    private static String fromUser(SipRequest invite) {
        try {
            return invite.from().uri().user();
        } catch (SipParseException e) {
            return null;
        }
    }
}
