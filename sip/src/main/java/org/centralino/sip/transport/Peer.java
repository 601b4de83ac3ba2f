package org.centralino.sip.transport;

import java.net.InetSocketAddress;
import java.util.Objects;

/** The far end of a message: which transport and which address it came from or goes to. */
public record Peer(TransportProtocol protocol, InetSocketAddress address) {
    public Peer {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
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
