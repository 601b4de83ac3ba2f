package org.centralino.sip.dialog;

import java.util.ArrayList;
import java.util.List;
import org.centralino.sip.message.CSeq;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipUri;
import org.centralino.sip.message.Via;

/**
 * Builds dialogs from the messages that create them: RFC 3261 §12.1.1 (UAS) and §12.1.2 (UAC). Problems in our
 * own message (a response without To tag, a request without From tag) are programming errors and throw
 * IllegalArgumentException; problems in the peer's message are a {@link DialogCreation.Refused} value.
 */
final class DialogFactory {
    /** What a UAS answers a request that cannot create a dialog. */
    static final int BAD_REQUEST = 400;
    /** What a UAC (a B2BUA leg) reports for a response that cannot create one. */
    static final int BAD_GATEWAY = 502;

    /** Everything a new dialog starts with. {@code localSeq}/{@code remoteSeq} are {@link Dialog#EMPTY} when unset. */
    record Seed(DialogId id, DialogRole role, DialogState state, NameAddr localUri, NameAddr remoteUri,
                NameAddr localContact, SipUri remoteTarget, List<NameAddr> routeSet, boolean secure,
                long localSeq, long remoteSeq, CSeq initial) {
    }

    private DialogFactory() {
    }

    /**
     * §12.1.1: route set = the request's Record-Route in order; remote target = its Contact; remote sequence =
     * its CSeq; remote tag = its From tag; local tag = the To tag of our response; secure when the request came
     * over TLS to a SIPS Request-URI.
     */
    static DialogCreation asUas(SipRequest request, SipResponse response) {
        requireDialogCreating(response);
        try {
            String callId = request.callId();
            List<NameAddr> contacts = request.contacts();
            if (callId == null || contacts.isEmpty() || contacts.getFirst().wildcard()) {
                return new DialogCreation.Refused(BAD_REQUEST, callId == null ? "request without Call-ID"
                    : "dialog-creating request without a usable Contact (RFC 3261 §8.1.1.8)");
            }
            NameAddr from = request.from();
            NameAddr to = response.to();
            DialogId id = new DialogId(callId, to.tag(), tagOrEmpty(from));
            return new DialogCreation.Created(new Dialog(new Seed(id, DialogRole.UAS, stateAfter(response),
                withoutTag(to), withoutTag(from), firstContact(response), contacts.getFirst().uri(),
                recordRoute(request), secure(request), Dialog.EMPTY, request.cseq().seq(), request.cseq())));
        } catch (SipParseException e) {
            return new DialogCreation.Refused(BAD_REQUEST, "unreadable header: " + e.getMessage());
        }
    }

    /**
     * §12.1.2: route set = the response's Record-Route reversed; remote target = its Contact; local sequence =
     * the request's CSeq; local tag = the request's From tag; remote tag = the response's To tag. A 1xx without
     * Contact gets the Request-URI as a provisional remote target, replaced by the 2xx's Contact.
     */
    static DialogCreation asUac(SipRequest request, SipResponse response) {
        if (response.status() < 101 || response.status() > 299) {
            return new DialogCreation.Refused(BAD_GATEWAY, "a " + response.status() + " creates no dialog");
        }
        try {
            NameAddr from = request.from();
            if (from.tag() == null) {
                throw new IllegalArgumentException("our request has no From tag: " + request);
            }
            NameAddr to = response.to();
            List<NameAddr> contacts = response.contacts();
            boolean usableContact = !contacts.isEmpty() && !contacts.getFirst().wildcard();
            if (to.tag() == null || response.isSuccess() && !usableContact) {
                return new DialogCreation.Refused(BAD_GATEWAY, to.tag() == null ? "response without To tag"
                    : "2xx without a usable Contact (RFC 3261 §13.3.1.4)");
            }
            SipUri target = usableContact ? contacts.getFirst().uri() : request.requestUri();
            DialogId id = new DialogId(request.callId(), from.tag(), to.tag());
            return new DialogCreation.Created(new Dialog(new Seed(id, DialogRole.UAC, stateAfter(response),
                withoutTag(from), withoutTag(request.to()), firstContact(request), target,
                reversed(recordRoute(response)), secure(request), request.cseq().seq(), Dialog.EMPTY,
                request.cseq())));
        } catch (SipParseException e) {
            return new DialogCreation.Refused(BAD_GATEWAY, "unreadable header: " + e.getMessage());
        }
    }

    private static void requireDialogCreating(SipResponse response) {
        if (response.status() < 101 || response.status() > 299) {
            throw new IllegalArgumentException("a " + response.status() + " creates no dialog (RFC 3261 §12.1)");
        }
        if (response.to().tag() == null) {
            throw new IllegalArgumentException("our dialog-creating response has no To tag (RFC 3261 §12.1.1)");
        }
    }

    private static DialogState stateAfter(SipResponse response) {
        return response.isSuccess() ? new DialogState.Confirmed() : new DialogState.Early();
    }

    /** §12.1.1: secure when the request arrived over TLS (or secure WebSocket) to a SIPS Request-URI. */
    private static boolean secure(SipRequest request) {
        String transport = request.topVia().protocol();
        return request.requestUri().isSips() && ("TLS".equalsIgnoreCase(transport)
            || "WSS".equalsIgnoreCase(transport));
    }

    /** The Record-Route entries of a message, in message order. */
    static List<NameAddr> recordRoute(SipMessage message) {
        List<String> raw = message.headers().elements(HeaderNames.RECORD_ROUTE);
        List<NameAddr> out = new ArrayList<>(raw.size());
        for (String element : raw) {
            out.add(NameAddr.parse(element));
        }
        return out;
    }

    /** The first Contact URI of a message, or null (also for {@code *}). */
    static SipUri firstContactUri(SipMessage message) {
        NameAddr contact = firstContact(message);
        return contact == null ? null : contact.uri();
    }

    private static NameAddr firstContact(SipMessage message) {
        List<NameAddr> contacts = message.contacts();
        return contacts.isEmpty() || contacts.getFirst().wildcard() ? null : contacts.getFirst();
    }

    private static List<NameAddr> reversed(List<NameAddr> routes) {
        return new ArrayList<>(routes).reversed();
    }

    private static NameAddr withoutTag(NameAddr address) {
        return address.withParams(address.params().without("tag"));
    }

    static String tagOrEmpty(NameAddr address) {
        String tag = address.tag();
        return tag == null ? "" : tag;
    }
}
