package org.centralino.core.b2bua;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.sdp.SdpParseResult;
import org.centralino.sip.sdp.SdpParser;
import org.centralino.sip.sdp.SdpSerializer;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transaction.RequestFactory;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.transport.TransportProtocol;

/** The pieces of SIP messages the B2BUA writes: Via, Contact, SDP bodies, and reading SDP from a message. */
final class SipMessages {
    static final String SDP = "application/sdp";
    static final String CONTACT_USER = "centralino";

    private SipMessages() {
    }

    /** A top Via for a request we send to {@code to}: fresh branch, rport (RFC 3581) for NAT. */
    static String via(SipLink sip, Peer to) {
        return "SIP/2.0/" + to.protocol().name() + " " + sip.hostFor(to) + ":" + sip.port() + ";branch="
            + RequestFactory.newBranch() + ";rport";
    }

    /** Our Contact towards {@code peer}: where it sends requests within the dialog. */
    static String contact(SipLink sip, Peer peer) {
        String transport = peer.protocol() == TransportProtocol.UDP ? ""
            : ";transport=" + peer.protocol().name().toLowerCase(java.util.Locale.ROOT);
        return "<sip:" + CONTACT_USER + "@" + sip.hostFor(peer) + ":" + sip.port() + transport + ">";
    }

    /** Adds the top Via and builds. */
    static SipRequest withVia(SipRequest.Builder b, SipLink sip, Peer to) {
        b.headers().addFirst(HeaderNames.VIA, via(sip, to));
        return b.build();
    }

    static byte[] body(SessionDescription sd) {
        return SdpSerializer.encode(sd);
    }

    /** True when the message carries a body that claims to be SDP (or a body with no Content-Type). */
    static boolean hasSdp(SipMessage m) {
        if (m.body() == null || m.body().length == 0) {
            return false;
        }
        String type = m.headers().firstOrNull(HeaderNames.CONTENT_TYPE);
        return type == null || type.toLowerCase(java.util.Locale.ROOT).startsWith(SDP);
    }

    /**
     * The session description of a message: empty when it has none; a parse failure is a value with the reason
     * (the caller answers 400 or 488).
     */
    static Optional<SdpParseResult> sdpOf(SipMessage m) {
        return hasSdp(m) ? Optional.of(SdpParser.parse(m.body())) : Optional.empty();
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The reason phrase we send with a status (RFC 3261 §21). */
    static String reasonPhrase(int status) {
        return switch (status) {
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 480 -> "Temporarily Unavailable";
            case 486 -> "Busy Here";
            case 487 -> "Request Terminated";
            case 488 -> "Not Acceptable Here";
            case 491 -> "Request Pending";
            case 500 -> "Server Internal Error";
            case 503 -> "Service Unavailable";
            default -> status >= 600 ? "Decline" : "Error";
        };
    }
}
