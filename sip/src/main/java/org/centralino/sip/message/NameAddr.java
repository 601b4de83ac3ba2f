package org.centralino.sip.message;

/**
 * A name-addr or addr-spec with header parameters, as in From, To, Contact, Route and Record-Route
 * (RFC 3261 §20.10, §25.1). {@code displayName} is unquoted (null when absent). A Contact of {@code *} is
 * represented with {@code wildcard} true and a null uri.
 */
public record NameAddr(String displayName, SipUri uri, Params params, boolean wildcard) {

    public static NameAddr parse(String value) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }

    public static NameAddr of(String displayName, SipUri uri) {
        return new NameAddr(displayName, uri, Params.empty(), false);
    }

    public String tag() {
        return params.get("tag");
    }

    public NameAddr withTag(String tag) {
        return new NameAddr(displayName, uri, params.with("tag", tag), wildcard);
    }

    public NameAddr withParams(Params p) {
        return new NameAddr(displayName, uri, p, wildcard);
    }

    /** The wire form, always in name-addr form with angle brackets (so URI parameters stay with the URI). */
    @Override
    public String toString() {
        throw new UnsupportedOperationException("implemented by the parser work");
    }
}
