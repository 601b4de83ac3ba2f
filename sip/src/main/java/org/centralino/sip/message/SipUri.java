package org.centralino.sip.message;

/**
 * A SIP, SIPS (RFC 3261 §19.1) or TEL (RFC 3966) URI. For tel, {@code user} holds the number and {@code host}
 * is null. {@code port} is -1 when absent. {@code headers} is the raw "?..." part without the '?', or null.
 * User and password are kept escaped as written. {@code scheme} is lower case. An IPv6 {@code host} is held
 * without its brackets ("2001:db8::10"); {@link #toString()} puts them back.
 */
public record SipUri(String scheme, String user, String password, String host, int port, Params params,
                     String headers) {

    /** Parses exactly one URI (no surrounding whitespace or angle brackets). */
    public static SipUri parse(String value) {
        return SipUriParser.parse(value);
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

    /** The wire form: scheme, userinfo, host (IPv6 in brackets), port, parameters, headers. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64);
        appendTo(sb);
        return sb.toString();
    }

    /** Appends the wire form to {@code sb}. */
    public void appendTo(StringBuilder sb) {
        sb.append(scheme).append(':');
        if (isTel()) {
            sb.append(user);
            params.appendTo(sb);
            return;
        }
        if (user != null) {
            sb.append(user);
            if (password != null) {
                sb.append(':').append(password);
            }
            sb.append('@');
        }
        HostSyntax.appendHostPort(sb, host, port);
        params.appendTo(sb);
        if (headers != null) {
            sb.append('?').append(headers);
        }
    }
}
