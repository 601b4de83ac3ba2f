package org.centralino.sip.message;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable SIP message (RFC 3261 §7). Typed views of the headers every layer needs are parsed once, on
 * first use, and cached by the implementations.
 */
public sealed interface SipMessage permits SipRequest, SipResponse {
    /** "SIP/2.0": the only version we speak (RFC 3261 §7.1). */
    String VERSION = "SIP/2.0";

    Headers headers();

    /** The body bytes; an empty array when there is none. Never modified by anyone. */
    byte[] body();

    /** The Call-ID header value, or null when absent. */
    default String callId() {
        return headers().firstOrNull(HeaderNames.CALL_ID);
    }

    /** The parsed CSeq. */
    CSeq cseq();

    /** The parsed top-most Via. */
    Via topVia();

    /** Every Via of the message, top first. */
    default List<Via> vias() {
        List<String> raw = headers().elements(HeaderNames.VIA);
        List<Via> out = new ArrayList<>(raw.size());
        for (String v : raw) {
            out.add(Via.parse(v));
        }
        return out;
    }

    /** The parsed From header. */
    NameAddr from();

    /** The parsed To header. */
    NameAddr to();

    /** Every Contact element, parsed ({@code *} gives a NameAddr whose {@link NameAddr#isWildcard()} is true). */
    default List<NameAddr> contacts() {
        List<String> raw = headers().elements(HeaderNames.CONTACT);
        List<NameAddr> out = new ArrayList<>(raw.size());
        for (String c : raw) {
            out.add(NameAddr.parse(c));
        }
        return out;
    }

    /** The first line plus headers plus body, as it goes on the wire. */
    default byte[] encode() {
        return SipSerializer.encode(this);
    }
}
