package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into lines the way real phones write them: CRLF or bare LF, trailing spaces and tabs, blank
 * lines and a missing final line end are all accepted; a CR inside a line is not.
 */
final class SdpLines {
    private SdpLines() {
    }

    static List<SdpLine> split(String text) throws SdpSyntaxException {
        if (text.length() > SdpLimits.MAX_BYTES) {
            throw new SdpSyntaxException(SdpError.body("larger than " + SdpLimits.MAX_BYTES + " bytes"));
        }
        List<SdpLine> out = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (++number > SdpLimits.MAX_LINES) {
                throw new SdpSyntaxException(SdpError.body("more than " + SdpLimits.MAX_LINES + " lines"));
            }
            String line = stripEnd(text, start, end);
            if (!line.isEmpty()) {
                out.add(SdpLine.of(number, line));
            }
            start = end + 1;
        }
        if (out.isEmpty()) {
            throw new SdpSyntaxException(SdpError.body("empty session description"));
        }
        return out;
    }

    /** The line without trailing spaces, tabs and CRs (the CR of CRLF, and whitespace phones leave). */
    private static String stripEnd(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
            e--;
        }
        return text.substring(start, e);
    }
}
