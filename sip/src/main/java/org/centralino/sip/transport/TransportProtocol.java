package org.centralino.sip.transport;

import java.util.Locale;

/** The transports of RFC 3261 §18 and RFC 7118, as written in a Via header. */
public enum TransportProtocol {
    UDP(false, 5060),
    TCP(true, 5060),
    TLS(true, 5061),
    WS(true, 80),
    WSS(true, 443);

    private final boolean reliable;
    private final int defaultPort;

    TransportProtocol(boolean reliable, int defaultPort) {
        this.reliable = reliable;
        this.defaultPort = defaultPort;
    }

    /** Reliable transports need no retransmissions (RFC 3261 §17.1.1.2 timer A is not started). */
    public boolean reliable() {
        return reliable;
    }

    /** Port used when a Via or URI gives none (RFC 3261 §18.2.2, §19.1.2). */
    public int defaultPort() {
        return defaultPort;
    }

    /** Parses the Via transport token or the URI transport parameter; null when not one of ours. */
    public static TransportProtocol fromToken(String token) {
        if (token == null) {
            return null;
        }
        return switch (token.toUpperCase(Locale.ROOT)) {
            case "UDP" -> UDP;
            case "TCP" -> TCP;
            case "TLS" -> TLS;
            case "WS" -> WS;
            case "WSS" -> WSS;
            default -> null;
        };
    }
}
