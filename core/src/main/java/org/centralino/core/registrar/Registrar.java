package org.centralino.core.registrar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.centralino.core.directory.Extension;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.sip.auth.DigestAlgorithm;
import org.centralino.sip.auth.DigestAuthenticator;
import org.centralino.sip.auth.DigestResult;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipUri;
import org.centralino.sip.message.Via;
import org.centralino.sip.transaction.ServerTransaction;
import org.centralino.sip.util.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registrar (RFC 3261 §10.3) with digest authentication (RFC 8760). Challenges are sent statelessly
 * (§8.2.7) with one challenge per algorithm the extension accepts; wrong passwords and unknown extensions get
 * the same 403, so the answer never reveals whether an extension exists.
 */
public final class Registrar {
    private static final Logger LOG = LoggerFactory.getLogger(Registrar.class);
    private static final DateTimeFormatter RFC1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC)
        .withLocale(Locale.ROOT);

    private final ExtensionStore extensions;
    private final DigestAuthenticator authenticator;
    private final ContactUpdater updater;
    private final ResponseFactory responses;
    private final Clock clock;
    private final DecoyAlgorithms decoy;
    private final LogThrottle refusals = new LogThrottle(1, TimeUnit.SECONDS);

    public Registrar(ExtensionStore extensions, LocationService locations, DigestAuthenticator authenticator,
                     RegistrarLimits limits, ResponseFactory responses, Clock clock) {
        this.extensions = extensions;
        this.authenticator = authenticator;
        this.updater = new ContactUpdater(locations, limits);
        this.responses = responses;
        this.clock = clock;
        this.decoy = new DecoyAlgorithms(extensions, clock);
    }

    /** Builds responses with the PBX's Server header and a To tag. */
    @FunctionalInterface
    public interface ResponseFactory {
        SipResponse.Builder create(SipRequest request, int status, String reason);
    }

    public void onRegister(ServerTransaction tx) {
        SipRequest request = tx.request();
        String user;
        try {
            SipUri to = request.to().uri();
            user = to.user();
        } catch (SipParseException e) {
            tx.respond(responses.create(request, 400, "Bad Request - unreadable To header").build());
            return;
        }
        if (user == null || user.isEmpty()) {
            tx.respond(responses.create(request, 404, "Not Found").build());
            return;
        }
        Optional<Extension> ext = extensions.find(user);
        String authorization = request.headers().firstOrNull(HeaderNames.AUTHORIZATION);
        if (authorization == null) {
            challenge(tx, ext, false, user);
            return;
        }
        DigestResult result = authenticator.verify(authorization, request.method(), this::ha1Of);
        switch (result) {
            case DigestResult.Ok ok when ok.username().equals(user) -> register(tx, user);
            case DigestResult.Ok ok -> forbid(tx, "credentials of " + ok.username() + " used for " + user);
            case DigestResult.Stale s -> challenge(tx, ext, true, user);
            case DigestResult.Invalid inv -> onInvalid(tx, ext, inv, user);
        }
    }

    private Map<DigestAlgorithm, String> ha1Of(String username) {
        return extensions.find(username).filter(Extension::enabled).map(Extension::ha1).orElse(Map.of());
    }

    private void onInvalid(ServerTransaction tx, Optional<Extension> ext, DigestResult.Invalid inv, String user) {
        switch (inv.failure()) {
            // not a guess at a password: a nonce from before a restart, another realm, a replay → new challenge
            case MALFORMED, WRONG_REALM, WRONG_OPAQUE, BAD_NONCE, BAD_QOP, REPLAYED -> challenge(tx, ext, false, user);
            case UNKNOWN_USER, WRONG_RESPONSE, ALGORITHM_NOT_ALLOWED -> forbid(tx, inv.reason());
        }
    }

    private void forbid(ServerTransaction tx, String why) {
        long held = refusals.admit();
        if (held >= 0) {
            LOG.info("REGISTER from {} refused: {}{}", tx.peer(), why,
                held > 0 ? " (and " + held + " more refused since the last report)" : "");
        }
        // stateless (§8.2.7): password guessing must not pile up transactions
        tx.respondStatelessly(responses.create(tx.request(), 403, "Forbidden").build());
    }

    private void challenge(ServerTransaction tx, Optional<Extension> ext, boolean stale, String user) {
        List<DigestAlgorithm> algorithms = ext.filter(Extension::enabled).map(Extension::digestAlgorithms)
            .filter(l -> !l.isEmpty()).orElseGet(() -> decoy.algorithmsFor(user));
        SipResponse.Builder b = responses.create(tx.request(), 401, "Unauthorized");
        // seeded by the request, so a retransmitted REGISTER gets the identical stateless 401 (RFC 3261 §8.2.7)
        for (String h : authenticator.challengesFor(challengeKey(tx.request()), algorithms, stale)) {
            b.header(HeaderNames.WWW_AUTHENTICATE, h);
        }
        tx.respondStatelessly(b.build());
    }

    private static String challengeKey(SipRequest request) {
        Via via = request.topVia();
        return via.branch() + '|' + via.host() + ':' + via.port() + '|' + request.callId();
    }

    private void register(ServerTransaction tx, String extension) {
        Instant now = clock.instant();
        RegisterOutcome outcome = updater.apply(extension, tx.request(), tx.peer().toString(), now);
        SipRequest request = tx.request();
        switch (outcome) {
            case RegisterOutcome.Registered r -> {
                SipResponse.Builder b = responses.create(request, 200, "OK");
                for (Binding binding : r.bindings()) {
                    long left = Math.max(0, binding.expiresAt().getEpochSecond() - now.getEpochSecond());
                    b.header(HeaderNames.CONTACT, "<" + binding.contact() + ">;expires=" + left);
                }
                b.header(HeaderNames.DATE, RFC1123.format(now));
                tx.respond(b.build());
            }
            case RegisterOutcome.IntervalTooBrief t -> tx.respond(responses.create(request, 423, "Interval Too Brief")
                .header(HeaderNames.MIN_EXPIRES, Long.toString(t.minExpiresSeconds())).build());
            case RegisterOutcome.Rejected rej -> tx.respond(responses.create(request, rej.status(), rej.reason())
                .build());
        }
    }
}
