package org.centralino.sip.transport;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * One listening transport (UDP, TCP; TLS and WebSocket later behind the same seam). Thread-safe: {@link #send}
 * is called from any lane.
 */
public interface SipTransport extends AutoCloseable {
    TransportProtocol protocol();

    /** The address actually bound (the real port when 0 was asked for). */
    InetSocketAddress localAddress();

    /** Starts reading; every message goes to the handler. */
    void start(InboundHandler handler) throws IOException;

    /**
     * Sends one whole message. Stream transports reuse an open connection to that address (RFC 3261 §18.2.2)
     * and open one when there is none.
     */
    void send(byte[] message, InetSocketAddress to) throws IOException;

    @Override
    void close();
}
