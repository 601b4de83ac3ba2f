package org.centralino.sip.sdp;

/**
 * What {@link SdpParser} returns: the description, or the reason it was refused. Bad input from the network
 * is a value here, never an exception, so the B2BUA can answer it (488, or 400 for a broken body).
 */
public sealed interface SdpParseResult {
    /** The body was a valid session description. */
    record Parsed(SessionDescription description) implements SdpParseResult {
    }

    /** The body was refused; the error says which line and why. */
    record Invalid(SdpError error) implements SdpParseResult {
    }
}
