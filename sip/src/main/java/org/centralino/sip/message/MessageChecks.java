package org.centralino.sip.message;

import java.util.List;

/**
 * The checks every message passes before it leaves the parser: the headers that frame it and that every
 * layer above reads at once. Typed parsing of the others (From, To, Contact, ...) stays lazy.
 *
 * <ul>
 *   <li>Content-Length: a non-negative integer; several lines must agree (RFC 4475 §3.3.9, mcl01);</li>
 *   <li>Via, From, To, Call-ID and CSeq present (RFC 3261 §8.1.1); Max-Forwards is tolerated missing
 *       (RFC 2543 peers, RFC 4475 §3.4.1), a proxy adds it;</li>
 *   <li>From, To, Call-ID, CSeq and Max-Forwards at most once (RFC 4475 §3.3.8, multi01);</li>
 *   <li>CSeq well-formed, and in a request its method equal to the request method (RFC 3261 §8.2, RFC 4475
 *       §3.1.2.17 and §3.1.2.18);</li>
 *   <li>the top Via well-formed: responses are routed and transactions matched on it (§17.2.3, §18.2.2).</li>
 * </ul>
 * Header names are compared with {@code ==}: the parser stores the shared constants of {@link HeaderNames}.
 */
final class MessageChecks {
    /** What the checks produce. {@code contentLength} is -1 when the header is absent. */
    record Key(CSeq cseq, Via topVia, int contentLength) {
    }

    private MessageChecks() {
    }

    /** Checks the parsed header lines; {@code method} is the request method, or null for a response. */
    static Key check(List<HeaderField> fields, String method) {
        Tally t = new Tally();
        for (int i = 0, n = fields.size(); i < n; i++) {
            t.count(fields.get(i));
        }
        int length = t.contentLength == null ? -1 : contentLength(t.contentLength);
        require(t.via != null, "missing Via");
        require(t.from > 0, "missing From");
        require(t.to > 0, "missing To");
        require(t.callId > 0, "missing Call-ID");
        require(t.cseq != null, "missing CSeq");
        require(t.from == 1 && t.to == 1 && t.callId == 1 && t.cseqs == 1 && t.maxForwards <= 1,
            "From, To, Call-ID, CSeq and Max-Forwards may appear only once");
        CSeq cseq = CSeq.parse(t.cseq);
        if (method != null && !method.equals(cseq.method())) {
            throw new SipParseException("CSeq method " + cseq.method() + " does not match request method");
        }
        return new Key(cseq, Via.parse(HeaderValues.firstElement(t.via)), length);
    }

    /** What one pass over the header lines finds: first values and counts of the headers checked here. */
    private static final class Tally {
        String via;
        String cseq;
        String contentLength;
        int from;
        int to;
        int callId;
        int cseqs;
        int maxForwards;

        void count(HeaderField f) {
            String name = f.name();
            if (name == HeaderNames.VIA) {
                via = via == null ? f.value() : via;
            } else if (name == HeaderNames.FROM) {
                from++;
            } else if (name == HeaderNames.TO) {
                to++;
            } else if (name == HeaderNames.CALL_ID) {
                callId++;
            } else if (name == HeaderNames.CSEQ) {
                cseq = cseq == null ? f.value() : cseq;
                cseqs++;
            } else if (name == HeaderNames.MAX_FORWARDS) {
                maxForwards++;
            } else if (name == HeaderNames.CONTENT_LENGTH) {
                contentLength = agreeing(contentLength, f.value());
            }
        }
    }

    private static String agreeing(String first, String next) {
        if (first != null && !first.equals(next) && contentLength(first) != contentLength(next)) {
            throw new SipParseException("conflicting Content-Length values");
        }
        return first == null ? next : first;
    }

    /** RFC 3261 §20.14: 1*DIGIT. Larger than any message we accept means too large, not malformed. */
    static int contentLength(String value) {
        int n = value.length();
        if (n == 0) {
            throw new SipParseException("Content-Length is empty");
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!SipChars.isDigit(c)) {
                throw new SipParseException("Content-Length is not a non-negative integer: "
                    + SipChars.excerpt(value));
            }
            v = v * 10 + (c - '0');
            if (v > SipLimits.MAX_MESSAGE_BYTES) {
                throw new SipTooLargeException("Content-Length " + SipChars.excerpt(value) + " exceeds "
                    + SipLimits.MAX_MESSAGE_BYTES + " bytes");
            }
        }
        return (int) v;
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new SipParseException(problem);
        }
    }
}
