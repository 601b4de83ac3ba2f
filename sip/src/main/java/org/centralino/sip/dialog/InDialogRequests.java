package org.centralino.sip.dialog;

import java.util.List;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipUri;

/**
 * Builds requests within a dialog (RFC 3261 §12.2.1.1): To = remote URI + remote tag, From = local URI + local
 * tag, the Call-ID, the CSeq given, and the Request-URI and Route headers from the remote target and route set:
 * <ul>
 *   <li>empty route set: Request-URI = remote target, no Route;</li>
 *   <li>first route with {@code lr} (loose router): Request-URI = remote target, Route = the route set;</li>
 *   <li>first route without {@code lr} (strict router, RFC 2543): Request-URI = the first route's URI without
 *       the parameters a Request-URI may not carry, Route = the rest of the route set followed by the remote
 *       target.</li>
 * </ul>
 * No Via: the transport layer adds the top Via with a fresh branch when the request is sent.
 */
final class InDialogRequests {
    /** RFC 3261 §8.1.1.6. */
    static final String MAX_FORWARDS = "70";

    private InDialogRequests() {
    }

    static SipRequest.Builder build(Dialog d, String method, long cseq, NameAddr contact) {
        List<NameAddr> routes = d.routeSet();
        boolean strict = !routes.isEmpty() && !routes.getFirst().uri().params().has("lr");
        SipUri requestUri = strict ? asRequestUri(routes.getFirst().uri()) : asRequestUri(d.remoteTarget());
        SipRequest.Builder b = SipRequest.builder(method, requestUri);
        b.header(HeaderNames.MAX_FORWARDS, MAX_FORWARDS);
        for (NameAddr route : strict ? routes.subList(1, routes.size()) : routes) {
            b.header(HeaderNames.ROUTE, route.toString());
        }
        if (strict) {
            b.header(HeaderNames.ROUTE, NameAddr.of(null, d.remoteTarget()).toString());
        }
        b.header(HeaderNames.FROM, d.localUri().withTag(d.id().localTag()).toString());
        b.header(HeaderNames.TO, to(d).toString());
        b.header(HeaderNames.CALL_ID, d.id().callId());
        b.header(HeaderNames.CSEQ, cseq + " " + method);
        if (contact != null) {
            b.header(HeaderNames.CONTACT, contact.toString());
        }
        return b;
    }

    /** A peer without From tag (RFC 2543) gets none back in To. */
    private static NameAddr to(Dialog d) {
        String tag = d.id().remoteTag();
        return tag.isEmpty() ? d.remoteUri() : d.remoteUri().withTag(tag);
    }

    /** Drops what RFC 3261 §19.1.1's table forbids in a Request-URI: the method parameter and headers. */
    static SipUri asRequestUri(SipUri uri) {
        if (uri.headers() == null && !uri.params().has("method")) {
            return uri;
        }
        return new SipUri(uri.scheme(), uri.user(), uri.password(), uri.host(), uri.port(),
            uri.params().without("method"), null);
    }
}
