package org.centralino.sip.message;

import java.util.List;

/**
 * Writes a message to its wire form (RFC 3261 §7): start line, headers as {@code Name: value} lines, an empty
 * line, the body. Headers are written as they are in the message (the builders keep Content-Length right).
 *
 * <p>One pass measures the UTF-8 size and looks for characters that need care, then the bytes go into one
 * array of exactly that size: for an all-ASCII message (nearly all of them) each string is copied with the
 * JDK's intrinsic Latin-1 copy. A CR or LF inside a header value could smuggle in a header, so the careful
 * path writes them as SP.
 */
public final class SipSerializer {
    private static final byte[] CRLF = {'\r', '\n'};

    private SipSerializer() {
    }

    public static byte[] encode(SipMessage message) {
        String startLine = startLine(message);
        List<HeaderField> fields = message.headers().fields();
        byte[] body = message.body();
        long measure = Utf8.measure(startLine);
        for (int i = 0, n = fields.size(); i < n; i++) {
            HeaderField f = fields.get(i);
            measure += Utf8.measure(f.name()) + Utf8.measure(f.value());
        }
        int size = Utf8.size(measure) + 2 + fields.size() * 4 + 2 + body.length;
        boolean plain = !Utf8.needsCare(measure);
        byte[] out = new byte[size];
        int p = Utf8.write(startLine, out, 0, plain);
        p = crlf(out, p);
        for (int i = 0, n = fields.size(); i < n; i++) {
            HeaderField f = fields.get(i);
            p = Utf8.write(f.name(), out, p, plain);
            out[p++] = ':';
            out[p++] = ' ';
            p = Utf8.write(f.value(), out, p, plain);
            p = crlf(out, p);
        }
        p = crlf(out, p);
        System.arraycopy(body, 0, out, p, body.length);
        return out;
    }

    private static String startLine(SipMessage message) {
        return switch (message) {
            case SipRequest r -> {
                StringBuilder sb = new StringBuilder(r.method().length() + 64);
                sb.append(r.method()).append(' ');
                r.requestUri().appendTo(sb);
                yield sb.append(' ').append(SipMessage.VERSION).toString();
            }
            case SipResponse r -> SipMessage.VERSION + ' ' + r.status() + ' ' + r.reason();
        };
    }

    private static int crlf(byte[] out, int p) {
        out[p] = CRLF[0];
        out[p + 1] = CRLF[1];
        return p + 2;
    }
}
