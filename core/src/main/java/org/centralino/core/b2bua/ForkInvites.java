package org.centralino.core.b2bua;

import org.centralino.core.directory.Extension;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.NameAddr;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipUri;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transport.Peer;

/**
 * The INVITE of a fork (RFC 3261 §8.1.1): a new dialog of ours towards one device of the callee, carrying the
 * caller's identity as the PBX vouches for it (issue 3, "Caller ID": From display name and RFC 3325
 * P-Asserted-Identity with the authenticated extension's number and name, never what the caller's phone wrote).
 */
final class ForkInvites {
    /** RFC 3261 §8.1.1.6: the default; a caller's lower value is carried on, less one (§16.6 step 3). */
    static final int MAX_FORWARDS = 70;

    private ForkInvites() {
    }

    /** The identity of the caller as a name-addr in our domain. */
    static NameAddr identity(Extension caller, String domain) {
        String name = caller.name() == null || caller.name().isBlank() ? null : caller.name();
        return NameAddr.of(name, SipUri.sip(caller.number(), domain, -1));
    }

    /**
     * @param contact   the device's registered Contact: the Request-URI
     * @param callId    the fork's Call-ID (chosen to share the call's lane)
     * @param hops      Max-Forwards left after us
     */
    static SipRequest build(SipLink sip, Peer peer, String contact, String callId, Extension caller, String dialled,
                            String domain, int hops, SessionDescription offer) throws SipParseException {
        NameAddr from = identity(caller, domain);
        SipRequest.Builder b = SipRequest.builder("INVITE", SipUri.parse(contact));
        b.header(HeaderNames.MAX_FORWARDS, Integer.toString(hops));
        b.header(HeaderNames.FROM, from.withTag(Tags.next()).toString());
        b.header(HeaderNames.TO, NameAddr.of(null, SipUri.sip(dialled, domain, -1)).toString());
        b.header(HeaderNames.CALL_ID, callId);
        b.header(HeaderNames.CSEQ, "1 INVITE");
        b.header(HeaderNames.CONTACT, SipMessages.contact(sip, peer));
        b.header("P-Asserted-Identity", from.toString());
        b.header(HeaderNames.ALLOW, B2bua.ALLOW);
        b.body(SipMessages.SDP, SipMessages.body(offer));
        return SipMessages.withVia(b, sip, peer);
    }
}
