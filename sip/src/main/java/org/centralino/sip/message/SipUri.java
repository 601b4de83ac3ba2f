package org.centralino.sip.message;

/**
 * A SIP, SIPS (RFC 3261 §19.1) or TEL (RFC 3966) URI. For tel, {@code user} holds the number and {@code host}
 * is null. {@code port} is -1 when absent. {@code headers} is the raw "?..." part without the '?', or null.
 * User and password are kept escaped as written.
 */
public record SipUri(String scheme, String user, String password, String host, int port, Params params,
                     String headers) {

    public static SipUri parse(String value) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }

    public static SipUri sip(String user, String host, int port) {
        return new SipUri("sip", user, null, host, port, Params.empty(), null);
    }

    public boolean isSips() {
        return "sips".equalsIgnoreCase(scheme);
    }

    public boolean isTel() {
        return "tel".equalsIgnoreCase(scheme);
    }

    /** The transport parameter lower-cased, or null. */
    public String transport() {
        String t = params.get("transport");
        return t == null ? null : t.toLowerCase(java.util.Locale.ROOT);
    }

    public SipUri withParams(Params p) {
        return new SipUri(scheme, user, password, host, port, p, headers);
    }

    public SipUri withHostPort(String h, int p) {
        return new SipUri(scheme, user, password, h, p, params, headers);
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("implemented by the parser work");
    }
}
