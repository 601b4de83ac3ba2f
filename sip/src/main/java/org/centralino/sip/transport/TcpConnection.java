package org.centralino.sip.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.centralino.sip.message.SipLimits;
import org.centralino.sip.message.SipStreamFramer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One TCP connection: a virtual thread reads and frames; writes are serialised by a lock. */
final class TcpConnection {
    private static final Logger LOG = LoggerFactory.getLogger(TcpConnection.class);
    /** RFC 5626 §3.5.1: a CRLFCRLF ping is answered with a single CRLF pong. */
    private static final byte[] PONG = "\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final InetSocketAddress remote;
    private final Peer peer;
    private final InboundHandler handler;
    private final Consumer<TcpConnection> onClose;
    private final OutputStream out;
    private final Object writeLock = new Object();

    TcpConnection(Socket socket, InboundHandler handler, Consumer<TcpConnection> onClose) throws IOException {
        this.socket = socket;
        this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.peer = new Peer(TransportProtocol.TCP, remote);
        this.handler = handler;
        this.onClose = onClose;
        this.out = socket.getOutputStream();
    }

    InetSocketAddress remote() {
        return remote;
    }

    void startReading() {
        Thread.ofVirtual().name("sip-tcp-" + remote).start(this::readLoop);
    }

    private void readLoop() {
        SipStreamFramer framer = new SipStreamFramer(SipLimits.MAX_MESSAGE_BYTES);
        byte[] buf = new byte[16 * 1024];
        // not try-with-resources: closing the stream closes the socket, which must happen in close(), after
        // the transport has forgotten this connection, so no send picks a connection that is already closed
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buf)) > 0) {
                boolean[] broken = {false};
                framer.feed(buf, 0, n, frame -> onFrame(frame, broken));
                if (broken[0]) {
                    break;
                }
            }
        } catch (IOException e) {
            if (!TcpTransport.isQuietClose(e)) {
                LOG.debug("TCP read from {} ended: {}", remote, e.toString());
            }
        } finally {
            close();
        }
    }

    private void onFrame(SipStreamFramer.Frame frame, boolean[] broken) {
        switch (frame) {
            case SipStreamFramer.Message m -> {
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

    void write(byte[] message) throws IOException {
        synchronized (writeLock) {
            out.write(message);
            out.flush();
        }
    }

    void close() {
        onClose.accept(this);
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing TCP connection to {}: {}", remote, e.toString());
        }
    }
}
