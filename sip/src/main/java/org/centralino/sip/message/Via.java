package org.centralino.sip.message;

/**
 * One Via element (RFC 3261 §20.42): "SIP/2.0/UDP host:port;branch=...;received=...;rport=...".
 * {@code port} is -1 when absent. {@code protocol} is the transport token upper-cased (UDP, TCP, TLS, WS, WSS).
 */
public record Via(String protocol, String host, int port, Params params) {
    /** RFC 3261 §8.1.1.7: branches of RFC 3261-compliant elements start with this cookie. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    public static Via parse(String value) {
        throw new UnsupportedOperationException("implemented by the parser work");
    }

    public String branch() {
        return params.get("branch");
    }

    public String received() {
        return params.get("received");
    }

    /** True when the rport parameter is present, with or without a value (RFC 3581). */
    public boolean hasRport() {
        return params.has("rport");
    }

    /** The rport value, or -1 when absent or empty. */
    public int rport() {
        String v = params.get("rport");
        return v == null ? -1 : Integer.parseInt(v);
    }

    public Via withParam(String name, String value) {
        return new Via(protocol, host, port, params.with(name, value));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64);
        sb.append("SIP/2.0/").append(protocol).append(' ');
        if (host.indexOf(':') >= 0 && host.charAt(0) != '[') {
            sb.append('[').append(host).append(']');
        } else {
            sb.append(host);
        }
        if (port >= 0) {
            sb.append(':').append(port);
        }
        params.appendTo(sb);
        return sb.toString();
    }
}
