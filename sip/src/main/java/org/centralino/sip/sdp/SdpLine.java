package org.centralino.sip.sdp;

/** One line of a description: its 1-based number, its type letter and the value after '='. */
record SdpLine(int number, char type, String value) {
    /** Checks the {@code <type>=<value>} shape of a line already stripped of its line end. */
    static SdpLine of(int number, String text) throws SdpSyntaxException {
        if (text.length() > SdpLimits.MAX_LINE_LENGTH) {
            throw new SdpSyntaxException(new SdpError(number, "line longer than " + SdpLimits.MAX_LINE_LENGTH
                + " characters", text));
        }
        if (text.length() < 2 || text.charAt(1) != '=' || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            throw new SdpSyntaxException(new SdpError(number, "expected '<letter>=<value>'", text));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\0') {
                throw new SdpSyntaxException(new SdpError(number, (c == '\0' ? "NUL" : "a lone CR")
                    + " inside the line", text));
            }
        }
        return new SdpLine(number, text.charAt(0), text.substring(2));
    }

    SdpSyntaxException error(String reason) {
        return new SdpSyntaxException(new SdpError(number, reason, type + "=" + value));
    }
}
