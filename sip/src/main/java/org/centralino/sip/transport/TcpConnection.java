package org.centralino.sip.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.centralino.sip.message.SipLimits;
import org.centralino.sip.message.SipStreamFramer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection. A virtual thread reads and frames; another writes from a bounded queue, so that the
 * lanes that send never block on a peer that does not read (they only enqueue), and a connection we open
 * is connected off the lane. A peer that lets more than {@link #MAX_PENDING_BYTES} pile up, or that sends
 * nothing for {@link #IDLE_TIMEOUT_MS}, is disconnected.
 */
final class TcpConnection {
    private static final Logger LOG = LoggerFactory.getLogger(TcpConnection.class);
    /** RFC 5626 §3.5.1: a CRLFCRLF ping is answered with a single CRLF pong. */
    private static final byte[] PONG = "\r\n".getBytes(StandardCharsets.US_ASCII);
    /** Bytes waiting to be written before the peer counts as not reading. */
    static final int MAX_PENDING_BYTES = 256 * 1024;
    /**
     * A connection with no traffic for this long is closed. Longer than phones' registration keepalives and
     * CRLF pings (RFC 5626 recommends at most 120 s), so registered TCP phones keep theirs.
     */
    static final int IDLE_TIMEOUT_MS = 15 * 60 * 1000;
    /** Once a message has begun, the rest must arrive within this (a peer trickling bytes holds nothing long). */
    static final int MESSAGE_TIMEOUT_MS = 30 * 1000;
    /** Set by the reader when a whole message has been framed: the next one's deadline starts afresh. */
    private boolean messageCompleted;
    /** When the message being read must be complete (System.nanoTime), 0 between messages. Reader only. */
    private long messageDeadline;
    private static final int READ_BUFFER_BYTES = 4 * 1024;
    private static final byte[] CLOSE_MARKER = new byte[0];

    private final InetSocketAddress remote;
    private final Peer peer;
    private final InboundHandler handler;
    private final Consumer<TcpConnection> onClose;
    private final LinkedBlockingQueue<byte[]> outbound = new LinkedBlockingQueue<>();
    private final AtomicLong pending = new AtomicLong();
    private volatile Socket socket;
    private volatile boolean closed;
    private int idleTimeoutMs = IDLE_TIMEOUT_MS;
    private int messageTimeoutMs = MESSAGE_TIMEOUT_MS;

    private TcpConnection(Socket socket, InetSocketAddress remote, InboundHandler handler,
                          Consumer<TcpConnection> onClose) {
        this.socket = socket;
        this.remote = remote;
        this.peer = new Peer(TransportProtocol.TCP, remote);
        this.handler = handler;
        this.onClose = onClose;
    }

    /** A connection a peer opened to us. */
    static TcpConnection accepted(Socket socket, InboundHandler handler, Consumer<TcpConnection> onClose) {
        return new TcpConnection(socket, (InetSocketAddress) socket.getRemoteSocketAddress(), handler, onClose);
    }

    /** A connection we open to {@code remote}; it connects on its writer thread, not the caller's. */
    static TcpConnection outgoing(InetSocketAddress remote, InboundHandler handler, Consumer<TcpConnection> onClose) {
        return new TcpConnection(null, remote, handler, onClose);
    }

    /** Overrides the read timeouts (tests use short ones). */
    TcpConnection timeouts(int idleMs, int messageMs) {
        this.idleTimeoutMs = idleMs;
        this.messageTimeoutMs = messageMs;
        return this;
    }

    InetSocketAddress remote() {
        return remote;
    }

    void start() {
        Thread.ofVirtual().name("sip-tcp-out-" + remote).start(this::writeLoop);
        if (socket != null) {
            Thread.ofVirtual().name("sip-tcp-in-" + remote).start(this::readLoop);
        }
    }

    /** Queues a message; never blocks. Fails when the connection is closed or the peer stopped reading. */
    void write(byte[] message) throws IOException {
        if (closed) {
            throw new IOException("TCP connection to " + remote + " is closed");
        }
        if (pending.addAndGet(message.length) > MAX_PENDING_BYTES) {
            LOG.warn("closing TCP connection to {}: more than {} bytes wait to be written (peer not reading)",
                remote, MAX_PENDING_BYTES);
            close();
            throw new IOException("TCP peer " + remote + " is not reading; connection closed");
        }
        outbound.add(message);
    }

    private void writeLoop() {
        try {
            if (socket == null) {
                socket = TcpTransport.openSocket(remote);
                Thread.ofVirtual().name("sip-tcp-in-" + remote).start(this::readLoop);
            }
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                byte[] next = outbound.take();
                do {
                    if (next == CLOSE_MARKER) {
                        return;
                    }
                    out.write(next);
                    pending.addAndGet(-next.length);
                    next = outbound.poll();
                } while (next != null);
                out.flush();
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.info("TCP connection to {} failed: {}", remote, e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    private void readLoop() {
        SipStreamFramer framer = new SipStreamFramer(SipLimits.MAX_MESSAGE_BYTES);
        byte[] buf = new byte[READ_BUFFER_BYTES];
        // not try-with-resources: closing the stream closes the socket, which must happen in close(), after
        // the transport has forgotten this connection, so no send picks a connection that is already closed
        try {
            InputStream in = socket.getInputStream();
            int n;
            while (true) {
                socket.setSoTimeout(nextReadTimeout(framer));
                if ((n = in.read(buf)) <= 0) {
                    break;
                }
                boolean[] broken = {false};
                framer.feed(buf, 0, n, frame -> onFrame(frame, broken));
                if (broken[0]) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            LOG.info("closing TCP connection from {}: {}", remote, framer.isMidMessage()
                ? "a message was not completed within " + messageTimeoutMs + " ms"
                : "idle for " + idleTimeoutMs / 1000 + " s");
        } catch (IOException e) {
            if (!TcpTransport.isQuietClose(e)) {
                LOG.debug("TCP read from {} ended: {}", remote, e.toString());
            }
        } finally {
            close();
        }
    }

    /**
     * The idle timeout between messages; within a message, what is left of its deadline, which counts from
     * the message's first bytes however slowly the rest trickles in, and starts afresh for each message.
     */
    private int nextReadTimeout(SipStreamFramer framer) {
        if (messageCompleted || !framer.isMidMessage()) {
            messageDeadline = 0;
            messageCompleted = false;
        }
        if (!framer.isMidMessage()) {
            return idleTimeoutMs;
        }
        if (messageDeadline == 0) {
            messageDeadline = System.nanoTime() + messageTimeoutMs * 1_000_000L;
        }
        return (int) Math.max(1, (messageDeadline - System.nanoTime()) / 1_000_000L);
    }

    private void onFrame(SipStreamFramer.Frame frame, boolean[] broken) {
        switch (frame) {
            case SipStreamFramer.Message m -> {
                messageCompleted = true;
                try {
                    handler.onBytes(m.bytes(), 0, m.bytes().length, peer);
                } catch (RuntimeException e) {
                    LOG.error("TCP inbound handler failed for a message from {}; connection goes on", remote, e);
                }
            }
            case SipStreamFramer.Ping p -> {
                try {
                    write(PONG);
                } catch (IOException e) {
                    broken[0] = true;
                }
            }
            case SipStreamFramer.Pong p -> {
                // a keepalive answer or stray CRLF between messages: nothing to do
            }
            case SipStreamFramer.Broken b -> {
                LOG.warn("closing TCP connection from {}: {}", remote, b.reason());
                broken[0] = true;
            }
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        onClose.accept(this);
        outbound.clear();
        outbound.add(CLOSE_MARKER);
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.debug("closing TCP connection to {}: {}", remote, e.toString());
            }
        }
    }
}
