package org.centralino.sip.message;

/**
 * The typed views of the headers every layer reads (CSeq, top Via, From, To), parsed on first use and cached.
 * Shared by {@link SipRequest} and {@link SipResponse}; the parser primes CSeq and the top Via it has already
 * parsed while checking the message.
 */
abstract class TypedHeaders {
    private CSeq cseq;
    private Via topVia;
    private NameAddr from;
    private NameAddr to;

    public abstract Headers headers();

    final void prime(CSeq parsedCseq, Via parsedTopVia) {
        this.cseq = parsedCseq;
        this.topVia = parsedTopVia;
    }

    public CSeq cseq() {
        CSeq c = cseq;
        if (c == null) {
            c = cseq = CSeq.parse(require(HeaderNames.CSEQ));
        }
        return c;
    }

    public Via topVia() {
        Via v = topVia;
        if (v == null) {
            v = topVia = Via.parse(HeaderValues.firstElement(require(HeaderNames.VIA)));
        }
        return v;
    }

    public NameAddr from() {
        NameAddr f = from;
        if (f == null) {
            f = from = NameAddr.parse(require(HeaderNames.FROM));
        }
        return f;
    }

    public NameAddr to() {
        NameAddr t = to;
        if (t == null) {
            t = to = NameAddr.parse(require(HeaderNames.TO));
        }
        return t;
    }

    final String require(String name) {
        String v = headers().firstOrNull(name);
        if (v == null) {
            throw new SipParseException("missing " + name + " header");
        }
        return v;
    }
}
