package org.centralino.sip.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIP over TCP (RFC 3261 §18): a virtual thread accepts, and every connection gets its own virtual thread
 * doing blocking reads framed by Content-Length. Connections are kept in a table by remote address so that
 * responses and requests to that peer reuse them (§18.2.2, RFC 5923 in spirit).
 */
public final class TcpTransport implements SipTransport {
    private static final Logger LOG = LoggerFactory.getLogger(TcpTransport.class);
    /** Most simultaneous connections; beyond this new ones are closed at once (a flood must not exhaust us). */
    public static final int MAX_CONNECTIONS = 20_000;
    /** How long connecting to a peer may take before the send fails. */
    static final int CONNECT_TIMEOUT_MS = 5_000;

    private final InetSocketAddress bindAddress;
    private final ConcurrentMap<InetSocketAddress, TcpConnection> connections = new ConcurrentHashMap<>();
    private ServerSocket server;
    private InboundHandler handler;
    private volatile boolean running;

    public TcpTransport(InetSocketAddress bindAddress) {
        this.bindAddress = bindAddress;
    }

    @Override
    public TransportProtocol protocol() {
        return TransportProtocol.TCP;
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** How many connections are open now (for metrics and leak checks in tests). */
    public int connectionCount() {
        return connections.size();
    }

    @Override
    public void start(InboundHandler inbound) throws IOException {
        this.handler = inbound;
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(bindAddress, 1024);
        running = true;
        Thread.ofVirtual().name("sip-tcp-accept").start(this::acceptLoop);
        LOG.info("SIP TCP listening on {}", localAddress());
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = server.accept();
                if (connections.size() >= MAX_CONNECTIONS) {
                    LOG.warn("TCP connection from {} refused: {} connections open", socket.getRemoteSocketAddress(),
                        MAX_CONNECTIONS);
                    socket.close();
                    continue;
                }
                register(socket);
            } catch (IOException e) {
                if (running) {
                    LOG.warn("TCP accept failed: {}", e.toString());
                }
            }
        }
    }

    private TcpConnection register(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
        TcpConnection conn = new TcpConnection(socket, handler, this::forget);
        TcpConnection previous = connections.put(conn.remote(), conn);
        if (previous != null && previous != conn) {
            previous.close();
        }
        conn.startReading();
        return conn;
    }

    private void forget(TcpConnection conn) {
        connections.remove(conn.remote(), conn);
    }

    @Override
    public void send(byte[] message, InetSocketAddress to) throws IOException {
        TcpConnection conn = connections.get(to);
        if (conn == null) {
            conn = connect(to);
        }
        conn.write(message);
    }

    private synchronized TcpConnection connect(InetSocketAddress to) throws IOException {
        TcpConnection existing = connections.get(to);
        if (existing != null) {
            return existing;
        }
        Socket socket = new Socket();
        try {
            socket.connect(to, CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to " + to + " over TCP: " + e.getMessage(), e);
        }
        return register(socket);
    }

    @Override
    public void close() {
        running = false;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            LOG.warn("closing TCP listener: {}", e.toString());
        }
        connections.values().forEach(TcpConnection::close);
        connections.clear();
    }

    static boolean isQuietClose(IOException e) {
        return e instanceof SocketException || "Stream closed".equals(e.getMessage());
    }
}
