package org.centralino.core.registrar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.sip.auth.DigestAlgorithm;
import org.centralino.sip.auth.DigestAuthenticator;
import org.centralino.sip.auth.DigestResult;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.Via;

/**
 * Digest authentication of extensions (RFC 8760), as the registrar (401, Authorization) and the B2BUA (407,
 * Proxy-Authorization) both use it: one realm, one nonce secret, so a phone answers either challenge with the
 * credentials it registers with. An unknown or disabled name is challenged with decoy algorithms and refused
 * like a wrong password, so the answers never reveal whether an extension exists.
 */
public final class ExtensionDigest {
    private final ExtensionStore extensions;
    private final DigestAuthenticator authenticator;
    private final DecoyAlgorithms decoy;

    public ExtensionDigest(ExtensionStore extensions, DigestAuthenticator authenticator, Clock clock) {
        this.extensions = extensions;
        this.authenticator = authenticator;
        this.decoy = new DecoyAlgorithms(extensions, clock);
    }

    /** What to do with a request's credentials. */
    public sealed interface Verdict {
    }

    /** The credentials are those of this enabled extension. */
    public record Authenticated(Extension extension) implements Verdict {
    }

    /** Challenge (again): no credentials, or ones that are no guess at a password (old nonce, replay, ...). */
    public record Challenge(boolean stale) implements Verdict {
    }

    /** Refuse with 403: a wrong password, an unknown or disabled extension, an algorithm it may not use. */
    public record Forbidden(String why) implements Verdict {
    }

    /** @param credentials the Authorization or Proxy-Authorization value, or null */
    public Verdict check(String credentials, String method) {
        if (credentials == null) {
            return new Challenge(false);
        }
        return switch (authenticator.verify(credentials, method, this::ha1Of)) {
            case DigestResult.Ok ok -> extensions.find(ok.username()).filter(Extension::enabled)
                .<Verdict>map(Authenticated::new).orElseGet(() -> new Forbidden(ok.username() + " is disabled"));
            case DigestResult.Stale s -> new Challenge(true);
            case DigestResult.Invalid inv -> switch (inv.failure()) {
                // not a guess at a password: a nonce from before a restart, another realm, a replay
                case MALFORMED, WRONG_REALM, WRONG_OPAQUE, BAD_NONCE, BAD_QOP, REPLAYED -> new Challenge(false);
                case UNKNOWN_USER, WRONG_RESPONSE, ALGORITHM_NOT_ALLOWED -> new Forbidden(inv.reason());
            };
        };
    }

    /**
     * The challenge header values for {@code user}: one per algorithm the extension accepts (decoys for an
     * unknown name), seeded by the request so a retransmission gets the identical challenge (RFC 3261 §8.2.7).
     */
    public List<String> challenges(SipRequest request, String user, boolean stale) {
        List<DigestAlgorithm> algorithms = Optional.ofNullable(user).flatMap(extensions::find)
            .filter(Extension::enabled).map(Extension::digestAlgorithms).filter(l -> !l.isEmpty())
            .orElseGet(() -> decoy.algorithmsFor(user == null ? "" : user));
        Via via = request.topVia();
        String key = via.branch() + '|' + via.host() + ':' + via.port() + '|' + request.callId();
        return authenticator.challengesFor(key, algorithms, stale);
    }

    private Map<DigestAlgorithm, String> ha1Of(String username) {
        return extensions.find(username).filter(Extension::enabled).map(Extension::ha1).orElse(Map.of());
    }
}
