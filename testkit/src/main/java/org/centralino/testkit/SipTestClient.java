package org.centralino.testkit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipParser;
import org.centralino.sip.message.SipResponse;

/**
 * A minimal SIP user agent over UDP for tests that need exact control of what is sent: raw text in, parsed
 * responses out. Placeholders in templates: {@code ${local}} (ip:port of this client), {@code ${branch}}
 * (a fresh branch each call), {@code ${target}} (the server's ip:port).
 */
public final class SipTestClient implements AutoCloseable {
    private static final AtomicInteger BRANCHES = new AtomicInteger();
    private final DatagramSocket socket;
    private final InetSocketAddress server;

    public SipTestClient(int serverPort) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.server = new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort);
    }

    public String local() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public String target() {
        return "127.0.0.1:" + server.getPort();
    }

    /** Fills the placeholders, turns line ends into CRLF, and sets Content-Length when the template has none. */
    public String fill(String template) {
        String msg = template.replace("${local}", local()).replace("${target}", target())
            .replace("${branch}", "z9hG4bK-test-" + BRANCHES.incrementAndGet() + "-" + System.nanoTime());
        msg = msg.strip().replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
        if (!msg.contains("\r\nContent-Length:") && !msg.contains("\r\nl:")) {
            msg += "Content-Length: 0\r\n";
        }
        return msg + "\r\n";
    }

    public void sendRaw(byte[] bytes) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, server));
    }

    /** Sends the filled template and returns the first final response (provisionals are skipped). */
    public SipResponse request(String template, Duration timeout) throws IOException {
        sendRaw(fill(template).getBytes(StandardCharsets.UTF_8));
        return awaitFinal(timeout);
    }

    public SipResponse awaitFinal(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SipResponse r = receive(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
            if (r == null) {
                return null;
            }
            if (r.isFinal()) {
                return r;
            }
        }
    }

    /** The next response, or null when none comes in time. */
    public SipResponse receive(Duration timeout) throws IOException {
        byte[] buf = new byte[65_536];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        }
        SipMessage m = SipParser.parse(buf, 0, p.getLength());
        if (m instanceof SipResponse r) {
            return r;
        }
        throw new IOException("expected a response, got " + m);
    }

    @Override
    public void close() {
        socket.close();
    }
}
