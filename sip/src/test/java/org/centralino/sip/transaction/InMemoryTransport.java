package org.centralino.sip.transaction;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipParser;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transport.InboundHandler;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.transport.SipTransport;
import org.centralino.sip.transport.TransportProtocol;

/**
 * A test double of our own {@link SipTransport}: records every send with the manual clock's time, and lets a
 * test inject inbound bytes through the handler the transport layer started it with. No sockets.
 */
final class InMemoryTransport implements SipTransport {
    /** One message handed to {@link #send}, stamped with the manual clock. */
    record Sent(long atMillis, InetSocketAddress to, byte[] bytes) {
        SipMessage message() {
            return SipParser.parse(bytes);
        }

        SipResponse response() {
            return (SipResponse) message();
        }

        SipRequest request() {
            return (SipRequest) message();
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final TransportProtocol protocol;
    private final InetSocketAddress local;
    private final LongSupplier clock;
    private final List<Sent> sent = new ArrayList<>();
    private InboundHandler handler;
    private boolean closed;

    InMemoryTransport(TransportProtocol protocol, InetSocketAddress local, LongSupplier clock) {
        this.protocol = protocol;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public TransportProtocol protocol() {
        return protocol;
    }

    @Override
    public InetSocketAddress localAddress() {
        return local;
    }

    @Override
    public void start(InboundHandler inbound) {
        this.handler = inbound;
    }

    @Override
    public synchronized void send(byte[] message, InetSocketAddress to) throws IOException {
        if (closed) {
            throw new IOException("transport closed");
        }
        sent.add(new Sent(clock.getAsLong(), to, message.clone()));
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Delivers a message as if it had arrived from {@code from}; line ends of a text block become CRLF. */
    void receive(String text, InetSocketAddress from) {
        receive(SipText.crlf(text).getBytes(StandardCharsets.UTF_8), from);
    }

    void receive(byte[] bytes, InetSocketAddress from) {
        if (handler == null) {
            throw new IllegalStateException("transport not started");
        }
        // a datagram buffer is reused by the real transport: pass a copy inside a larger array to catch
        // anyone who keeps the array or ignores the offset
        byte[] buffer = new byte[bytes.length + 8];
        System.arraycopy(bytes, 0, buffer, 4, bytes.length);
        handler.onBytes(buffer, 4, bytes.length, new Peer(protocol, from));
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Everything sent so far, forgetting it. */
    synchronized List<Sent> drain() {
        List<Sent> copy = List.copyOf(sent);
        sent.clear();
        return copy;
    }

    synchronized Sent last() {
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent");
        }
        return sent.getLast();
    }
}
