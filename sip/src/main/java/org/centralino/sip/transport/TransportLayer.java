package org.centralino.sip.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipParser;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipTooLargeException;
import org.centralino.sip.message.SipMalformedRequestException;
import org.centralino.sip.message.Via;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport layer of RFC 3261 §18: parses what the transports receive, answers what cannot be parsed
 * (400, 513) or drops it, stamps received/rport on requests (§18.2.1, RFC 3581 §4), and sends requests and
 * responses on the right transport (§18.2.2).
 */
public final class TransportLayer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransportLayer.class);

    private final Map<TransportProtocol, SipTransport> transports =
        java.util.Collections.synchronizedMap(new EnumMap<>(TransportProtocol.class));
    private final MalformedInputResponder malformed = new MalformedInputResponder(this);
    private MessageListener listener;

    public TransportLayer(List<SipTransport> list) {
        for (SipTransport t : list) {
            transports.put(t.protocol(), t);
        }
    }

    public void start(MessageListener messageListener) throws IOException {
        this.listener = messageListener;
        for (SipTransport t : transports.values()) {
            t.start(this::onBytes);
        }
    }

    /** Adds and starts one more transport after {@link #start} (e.g. TCP on the port UDP was given). */
    public void addAndStart(SipTransport t) throws IOException {
        if (transports.containsKey(t.protocol())) {
            throw new IllegalStateException(t.protocol() + " transport already present");
        }
        t.start(this::onBytes);
        transports.put(t.protocol(), t);
    }

    public InetSocketAddress localAddress(TransportProtocol protocol) {
        SipTransport t = transports.get(protocol);
        if (t == null) {
            throw new IllegalArgumentException("no " + protocol + " transport configured");
        }
        return t.localAddress();
    }

    public SipTransport transport(TransportProtocol protocol) {
        return transports.get(protocol);
    }

    void onBytes(byte[] data, int offset, int length, Peer source) {
        if (isKeepAlive(data, offset, length)) {
            return;
        }
        SipMessage message;
        try {
            message = SipParser.parse(data, offset, length);
        } catch (SipTooLargeException e) {
            malformed.tooLarge(length, source, e);
            return;
        } catch (SipMalformedRequestException e) {
            malformed.badRequest(e, source);
            return;
        } catch (SipParseException e) {
            malformed.unparseable(source, e);
            return;
        }
        switch (message) {
            case SipRequest r -> onRequest(r, source);
            case SipResponse r -> listener.onResponse(r, source);
        }
    }

    private void onRequest(SipRequest request, Peer source) {
        SipRequest stamped;
        try {
            stamped = ViaStamper.stamp(request, source);
        } catch (SipParseException e) {
            malformed.badRequest(new SipMalformedRequestException("bad Via: " + e.getMessage(),
                request.headers()), source);
            return;
        }
        listener.onRequest(stamped, source);
    }

    /** A lone CRLF or CRLFCRLF datagram is a keepalive (RFC 5626 §4.4.1 uses STUN on UDP; phones send CRLF). */
    private static boolean isKeepAlive(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (data[i] != '\r' && data[i] != '\n' && data[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Sends a request to a peer (the transaction layer has already chosen the destination, RFC 3263). */
    public void send(SipRequest request, Peer destination) throws IOException {
        sendBytes(request.encode(), destination);
    }

    /**
     * Sends a response per RFC 3261 §18.2.2 and RFC 3581 §4: on a reliable transport back over the connection
     * the request came on ({@code source}); over UDP to received:rport when the client asked for rport, else
     * to received (or the sent-by host) and the sent-by port.
     */
    public void send(SipResponse response, Peer source) throws IOException {
        Via via = response.topVia();
        sendResponseBytes(response.encode(), responseDestination(via, source), reconnectDestination(via, source));
    }

    public void sendBytes(byte[] bytes, Peer destination) throws IOException {
        SipTransport t = transports.get(destination.protocol());
        if (t == null) {
            throw new IOException("no " + destination.protocol() + " transport to send to " + destination);
        }
        t.send(bytes, destination.address());
    }

    /**
     * Where responses to a request that came from {@code source} with this top Via go (§18.2.2, RFC 3581 §4):
     * on a reliable transport back over the connection it came on; with rport to the packet's source; else to
     * the source IP (which the Via's received names, ViaStamper made sure of that) and the Via's port. Never a
     * name to resolve, and never an address the client merely claims. Server transactions compute it once.
     */
    public static Peer responseDestination(Via via, Peer source) {
        if (source.protocol().reliable() || via.hasRport()) {
            return source;
        }
        return atViaPort(via, source);
    }

    /**
     * For a reliable transport whose connection is gone: §18.2.2 says to open one to received and the sent-by
     * port (the source port of a closed connection was ephemeral).
     */
    public static Peer reconnectDestination(Via via, Peer source) {
        return atViaPort(via, source);
    }

    private static Peer atViaPort(Via via, Peer source) {
        int port = via.port() > 0 ? via.port() : source.protocol().defaultPort();
        InetSocketAddress from = source.address();
        if (port == from.getPort()) {
            return source; // the usual case: the phone sends from the port it names in its Via
        }
        return new Peer(source.protocol(), new InetSocketAddress(from.getAddress(), port));
    }

    /** Sends a response: over the open connection, or per §18.2.2 to {@code reconnect} when it is gone. */
    public void sendResponseBytes(byte[] bytes, Peer destination, Peer reconnect) throws IOException {
        Peer to = destination;
        if (destination.protocol().reliable() && transports.get(destination.protocol()) instanceof TcpTransport tcp
            && !tcp.isConnected(destination.address())) {
            to = reconnect;
        }
        sendBytes(bytes, to);
    }

    @Override
    public void close() {
        transports.values().forEach(SipTransport::close);
    }

    void log(String what, Peer source, String reason) {
        LOG.info("{} from {}: {}", what, source, reason);
    }
}
