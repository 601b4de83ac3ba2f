package org.centralino.core.registrar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipUri;
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

    private final ExtensionDigest digest;
    private final ContactUpdater updater;
    private final ResponseFactory responses;
    private final Clock clock;
    private final LogThrottle refusals = new LogThrottle(1, TimeUnit.SECONDS);

    public Registrar(ExtensionDigest digest, LocationService locations, RegistrarLimits limits,
                     ResponseFactory responses, Clock clock) {
        this.digest = digest;
        this.updater = new ContactUpdater(locations, limits);
        this.responses = responses;
        this.clock = clock;
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
        String authorization = request.headers().firstOrNull(HeaderNames.AUTHORIZATION);
        switch (digest.check(authorization, request.method())) {
            case ExtensionDigest.Authenticated a when a.extension().number().equals(user) -> register(tx, user);
            case ExtensionDigest.Authenticated a ->
                forbid(tx, "credentials of " + a.extension().number() + " used for " + user);
            case ExtensionDigest.Challenge c -> challenge(tx, user, c.stale());
            case ExtensionDigest.Forbidden f -> forbid(tx, f.why());
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

    /** A stateless 401 (§8.2.7): seeded challenges make a retransmitted REGISTER get the identical one. */
    private void challenge(ServerTransaction tx, String user, boolean stale) {
        SipResponse.Builder b = responses.create(tx.request(), 401, "Unauthorized");
        for (String h : digest.challenges(tx.request(), user, stale)) {
            b.header(HeaderNames.WWW_AUTHENTICATE, h);
        }
        tx.respondStatelessly(b.build());
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
