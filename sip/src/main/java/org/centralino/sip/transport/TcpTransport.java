package org.centralino.sip.transport;

import java.io.IOException;
import java.net.InetAddress;
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
    public static final int MAX_CONNECTIONS = 5_000;
    /** Most simultaneous connections from one IP address (an office behind one NAT has a few dozen phones). */
    public static final int MAX_CONNECTIONS_PER_ADDRESS = 64;
    /** How long connecting to a peer may take before the send fails. */
    static final int CONNECT_TIMEOUT_MS = 5_000;

    private final InetSocketAddress bindAddress;
    private final ConcurrentMap<InetSocketAddress, TcpConnection> connections = new ConcurrentHashMap<>();
    private ServerSocket server;
    private InboundHandler handler;
    private volatile boolean running;

    private final int idleTimeoutMs;
    private final int messageTimeoutMs;

    public TcpTransport(InetSocketAddress bindAddress) {
        this(bindAddress, TcpConnection.IDLE_TIMEOUT_MS, TcpConnection.MESSAGE_TIMEOUT_MS);
    }

    /**
     * @param idleTimeoutMs    a connection with no traffic for this long is closed
     * @param messageTimeoutMs a message that has begun must be complete within this
     */
    public TcpTransport(InetSocketAddress bindAddress, int idleTimeoutMs, int messageTimeoutMs) {
        this.bindAddress = bindAddress;
        this.idleTimeoutMs = idleTimeoutMs;
        this.messageTimeoutMs = messageTimeoutMs;
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
        try {
            server.setReuseAddress(true);
            server.bind(bindAddress, 1024);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        running = true;
        Thread.ofVirtual().name("sip-tcp-accept").start(this::acceptLoop);
        LOG.info("SIP TCP listening on {}", localAddress());
    }

    private void acceptLoop() {
        while (running) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (running) {
                    // e.g. out of file descriptors: back off instead of spinning and flooding the log
                    LOG.warn("TCP accept failed: {}", e.toString());
                    pause();
                }
                continue;
            }
            String refusal = admissionProblem(socket);
            if (refusal != null) {
                LOG.warn("TCP connection from {} refused: {}", socket.getRemoteSocketAddress(), refusal);
                closeQuietly(socket);
                continue;
            }
            try {
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
            } catch (IOException e) {
                closeQuietly(socket);
                continue;
            }
            register(TcpConnection.accepted(socket, handler, this::forget).timeouts(idleTimeoutMs, messageTimeoutMs));
        }
    }

    /** Why a new connection may not be kept, or null: the total and the per-address limits. */
    private String admissionProblem(Socket socket) {
        if (connections.size() >= MAX_CONNECTIONS) {
            return MAX_CONNECTIONS + " connections open";
        }
        InetAddress from = socket.getInetAddress();
        long same = connections.keySet().stream().filter(a -> from.equals(a.getAddress())).limit(
            MAX_CONNECTIONS_PER_ADDRESS).count();
        return same >= MAX_CONNECTIONS_PER_ADDRESS ? MAX_CONNECTIONS_PER_ADDRESS + " connections from " + from
            : null;
    }

    private void register(TcpConnection conn) {
        TcpConnection previous = connections.put(conn.remote(), conn);
        if (previous != null && previous != conn) {
            previous.close();
        }
        conn.start();
    }

    private void forget(TcpConnection conn) {
        connections.remove(conn.remote(), conn);
    }

    /**
     * Sends over the connection to {@code to}, opening one when there is none. Never blocks: an outgoing
     * connection is made by its own virtual thread, and messages queue until it is up.
     */
    @Override
    public void send(byte[] message, InetSocketAddress to) throws IOException {
        TcpConnection conn = connections.get(to);
        if (conn == null) {
            conn = connections.computeIfAbsent(to, addr -> {
                TcpConnection c = TcpConnection.outgoing(addr, handler, this::forget).timeouts(idleTimeoutMs,
                    messageTimeoutMs);
                c.start();
                return c;
            });
        }
        conn.write(message);
    }

    /** True when a connection to {@code to} is open (responses prefer it, RFC 3261 §18.2.2). */
    public boolean isConnected(InetSocketAddress to) {
        return connections.containsKey(to);
    }

    static Socket openSocket(InetSocketAddress to) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(to, CONNECT_TIMEOUT_MS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to " + to + " over TCP: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing refused socket: {}", e.toString());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
