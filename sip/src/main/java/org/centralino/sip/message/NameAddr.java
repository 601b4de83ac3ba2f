package org.centralino.sip.message;

/**
 * A name-addr or addr-spec with header parameters, as in From, To, Contact, Route and Record-Route
 * (RFC 3261 §20.10, §25.1). {@code displayName} is unquoted (null when absent). A Contact of {@code *} is
 * represented with {@code wildcard} true and a null uri.
 */
public record NameAddr(String displayName, SipUri uri, Params params, boolean wildcard) {

    /** Parses one element: name-addr, addr-spec or "*", with header parameters. */
    public static NameAddr parse(String value) {
        return NameAddrParser.parse(value);
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

    public boolean isWildcard() {
        return wildcard;
    }

    /** The wire form, always in name-addr form with angle brackets (so URI parameters stay with the URI). */
    @Override
    public String toString() {
        if (wildcard) {
            return "*";
        }
        StringBuilder sb = new StringBuilder(80);
        if (displayName != null) {
            appendQuoted(sb, displayName);
            sb.append(' ');
        }
        sb.append('<');
        uri.appendTo(sb);
        sb.append('>');
        params.appendTo(sb);
        return sb.toString();
    }

    /**
     * A quoted-string (RFC 3261 §25.1): '"' and '\' and the control characters that qdtext excludes are sent
     * as quoted-pairs; CR and LF cannot be, and become spaces.
     */
    private static void appendQuoted(StringBuilder sb, String text) {
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                sb.append(' ');
            } else if (c == '"' || c == '\\' || (c < 0x20 && c != '\t') || c == 0x7f) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
