package org.centralino.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free UDP ports on loopback for peers started by tests. A port is free when it could be bound a moment ago;
 * another process may take it before the peer binds it, so the random choice keeps collisions between
 * parallel tests unlikely rather than impossible.
 */
public final class Ports {
    private static final int LOW = 20_000;
    private static final int HIGH = 60_000;
    private static final int ATTEMPTS = 200;

    private Ports() {
    }

    /** A UDP port on 127.0.0.1 that the system just chose as free. */
    public static int freeUdpPort() {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TCP port on 127.0.0.1 that the system just chose as free. */
    public static int freeTcpPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A port for a SIP user agent that listens on UDP and TCP at the port and on TCP (TLS) one above it, as
     * baresip does with {@code sip_listen}: all three free on 127.0.0.1.
     */
    public static int freeSipPort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            if (allFree(port, 1) && tcpFree(port) && tcpFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no free SIP port (UDP and TCP, TCP + 1) in " + LOW + "-" + HIGH);
    }

    private static boolean tcpFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The first of {@code count} consecutive free UDP ports on 127.0.0.1, even (RTP convention), e.g. for SIPp's
     * -mp, which binds the media port and the port 2 above it.
     */
    public static int freeUdpPortBlock(int count) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOW, HIGH) & ~1;
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IllegalStateException("no block of " + count + " free UDP ports in " + LOW + "-" + HIGH);
    }

    private static boolean allFree(int base, int count) {
        List<DatagramSocket> held = new ArrayList<>();
        try {
            for (int p = base; p < base + count; p++) {
                held.add(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), p)));
            }
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            held.forEach(DatagramSocket::close);
        }
    }
}
