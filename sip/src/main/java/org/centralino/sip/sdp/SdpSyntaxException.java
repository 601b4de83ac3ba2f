package org.centralino.sip.sdp;

/**
 * Internal to the parser: carries an {@link SdpError} out of nested field parsing to {@link SdpParser}, which
 * turns it into an {@link SdpParseResult.Invalid}. Checked, so it cannot leak; no stack trace, since it is an
 * expected outcome on hostile input.
 */
final class SdpSyntaxException extends Exception {
    private final transient SdpError error;

    SdpSyntaxException(SdpError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    SdpError error() {
        return error;
    }
}
