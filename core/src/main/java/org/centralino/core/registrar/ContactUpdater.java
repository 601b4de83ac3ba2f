package org.centralino.core.registrar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;

/**
 * Applies the Contact headers of an authenticated REGISTER to an extension's bindings, following RFC 3261
 * §10.3 steps 6 to 8: wildcard removal, per-contact expiry (contact param, else Expires header, else the
 * default), 423 below the minimum, clamping above the maximum, removal with expires 0, and the Call-ID/CSeq
 * ordering rule. The oldest device is dropped when an extension would exceed its device limit.
 */
final class ContactUpdater {
    private final LocationService locations;
    private final RegistrarLimits limits;

    ContactUpdater(LocationService locations, RegistrarLimits limits) {
        this.locations = locations;
        this.limits = limits;
    }

    /** A planned change to one contact: {@code expires} 0 removes it; {@code key} compares per §19.1.4. */
    private record Change(String key, String contact, long expires, int q) {
    }

    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RegisterOutcome outcome;

        Abort(RegisterOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    RegisterOutcome apply(String extension, SipRequest request, String source, Instant now) {
        List<NameAddr> contacts;
        long headerExpires;
        try {
            contacts = request.contacts();
            headerExpires = expiresHeader(request);
        } catch (SipParseException | NumberFormatException e) {
            return new RegisterOutcome.Rejected(400, "Bad Request - invalid Contact or Expires: " + e.getMessage());
        }
        if (contacts.isEmpty()) {
            return new RegisterOutcome.Registered(locations.of(extension));
        }
        boolean wildcard = contacts.stream().anyMatch(NameAddr::wildcard);
        if (wildcard) {
            // §10.3 step 6: "*" only alone and with Expires: 0
            if (contacts.size() > 1 || headerExpires != 0) {
                return new RegisterOutcome.Rejected(400, "Bad Request - Contact * needs Expires: 0 and no other contact");
            }
            locations.update(extension, Map::clear);
            return new RegisterOutcome.Registered(List.of());
        }
        List<Change> changes = new ArrayList<>(contacts.size());
        for (NameAddr c : contacts) {
            RegisterOutcome refusal = plan(c, headerExpires, changes);
            if (refusal != null) {
                return refusal;
            }
        }
        try {
            List<Binding> after = locations.update(extension, map -> applyAll(map, changes, extension, request,
                source, now));
            return new RegisterOutcome.Registered(after);
        } catch (Abort a) {
            return a.outcome;
        }
    }

    /** Adds the change one Contact asks for; returns why the whole REGISTER is refused instead, or null. */
    private RegisterOutcome plan(NameAddr c, long headerExpires, List<Change> changes) {
        long expires;
        try {
            String p = c.params().get("expires");
            expires = p != null ? Long.parseLong(p.trim()) : headerExpires;
        } catch (NumberFormatException e) {
            return new RegisterOutcome.Rejected(400, "Bad Request - invalid expires parameter");
        }
        if (expires < 0) {
            expires = limits.defaultExpires().toSeconds();
        }
        if (expires > 0 && expires < limits.minExpires().toSeconds()) {
            return new RegisterOutcome.IntervalTooBrief(limits.minExpires().toSeconds());
        }
        changes.add(new Change(ContactKey.of(c.uri()), c.uri().toString(),
            Math.min(expires, limits.maxExpires().toSeconds()), q(c)));
        return null;
    }

    private void applyAll(Map<String, Binding> map, List<Change> changes, String extension, SipRequest request,
                          String source, Instant now) {
        String callId = request.callId();
        long cseq = request.cseq().seq();
        String userAgent = request.headers().firstOrNull(HeaderNames.USER_AGENT);
        for (Change ch : changes) {
            Binding existing = map.get(ch.key());
            if (existing != null && existing.callId().equals(callId) && cseq <= existing.cseq()) {
                // §10.3 step 7: an out-of-order REGISTER from the same device
                throw new Abort(new RegisterOutcome.Rejected(500, "Server Internal Error - out-of-order REGISTER"));
            }
            if (ch.expires() == 0) {
                map.remove(ch.key());
            } else {
                Instant since = existing != null ? existing.registeredAt() : now;
                map.put(ch.key(), new Binding(extension, ch.contact(), source, now.plusSeconds(ch.expires()),
                    callId, cseq, userAgent, ch.q(), since));
            }
        }
        while (map.size() > limits.maxContactsPerExtension()) {
            map.entrySet().stream().min(Comparator.comparing(e -> e.getValue().registeredAt()))
                .ifPresent(oldest -> map.remove(oldest.getKey()));
        }
    }

    /** The Expires header in seconds; -1 when absent (the default applies). */
    private static long expiresHeader(SipRequest request) {
        String v = request.headers().firstOrNull(HeaderNames.EXPIRES);
        if (v == null) {
            return -1;
        }
        long e = Long.parseLong(v.trim());
        if (e < 0) {
            throw new NumberFormatException("negative Expires " + e);
        }
        return e;
    }

    /** The q parameter in thousandths (RFC 3261 §20.10); 1000 when absent or unreadable. */
    private static int q(NameAddr c) {
        String q = c.params().get("q");
        if (q == null) {
            return 1000;
        }
        try {
            double d = Double.parseDouble(q.trim());
            return (int) Math.round(Math.max(0, Math.min(1, d)) * 1000);
        } catch (NumberFormatException e) {
            return 1000;
        }
    }
}
