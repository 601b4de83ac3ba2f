package org.centralino.sip.message;

/**
 * One Via element (RFC 3261 §20.42): "SIP/2.0/UDP host:port;branch=...;received=...;rport=...".
 * {@code port} is -1 when absent. {@code protocol} is the transport token upper-cased (UDP, TCP, TLS, WS, WSS).
 * An IPv6 {@code host} is held without brackets; parameter values are kept as written, so a received
 * parameter may carry them (RFC 5118 §4.5 asks us to accept both forms).
 */
public record Via(String protocol, String host, int port, Params params) {
    /** RFC 3261 §8.1.1.7: branches of RFC 3261-compliant elements start with this cookie. */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    /** Parses one element of a Via header (split a multi-valued line with {@link HeaderValues} first). */
    public static Via parse(String value) {
        return ViaParser.parse(value);
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
        HostSyntax.appendHostPort(sb, host, port);
        params.appendTo(sb);
        return sb.toString();
    }
}
