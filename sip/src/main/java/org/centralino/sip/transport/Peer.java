package org.centralino.sip.transport;

import java.net.InetSocketAddress;
import java.util.Objects;

/** The far end of a message: which transport and which address it came from or goes to. */
public record Peer(TransportProtocol protocol, InetSocketAddress address) {
    public Peer {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
    }

    /**
     * Reads the form {@link #toString()} writes, with an IP literal only: no name is ever resolved here.
     *
     * @throws IllegalArgumentException when the text is not that form
     */
    public static Peer parse(String text) {
        int colon = text.indexOf(':');
        int last = text.lastIndexOf(':');
        if (colon <= 0 || last <= colon) {
            throw new IllegalArgumentException("not a peer (transport:ip:port): " + text);
        }
        TransportProtocol protocol = TransportProtocol.valueOf(text.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
        String host = text.substring(colon + 1, last);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(last + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in peer " + text, e);
        }
        return new Peer(protocol, new InetSocketAddress(java.net.InetAddress.ofLiteral(host), port));
    }

    /** "udp:127.0.0.1:5062" — the form used in logs and the registrations API. */
    @Override
    public String toString() {
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return protocol.name().toLowerCase(java.util.Locale.ROOT) + ":" + host + ":" + address.getPort();
    }
}
