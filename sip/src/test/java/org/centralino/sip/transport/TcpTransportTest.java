package org.centralino.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link TcpTransport} on loopback with a real client socket: framing, keepalive, broken streams, reuse. */
@Timeout(30)
class TcpTransportTest {
    private static final int SOCKET_TIMEOUT_MS = (int) Collector.WAIT_MILLIS;

    private final Collector collector = new Collector();
    private TcpTransport transport;
    private Socket client;

    @BeforeEach
    void start() throws IOException {
        transport = new TcpTransport(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        transport.start(collector);
        client = new Socket();
        client.setSoTimeout(SOCKET_TIMEOUT_MS);
        client.connect(transport.localAddress(), SOCKET_TIMEOUT_MS);
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        transport.close();
    }

    private static String options(String callId, String body) {
        return ("OPTIONS sip:100@127.0.0.1 SIP/2.0\r\n"
            + "Via: SIP/2.0/TCP 127.0.0.1:5062;branch=z9hG4bK-" + callId + "\r\n"
            + "From: <sip:200@127.0.0.1>;tag=a\r\n"
            + "To: <sip:100@127.0.0.1>\r\n"
            + "Call-ID: " + callId + "\r\n"
            + "CSeq: 1 OPTIONS\r\n"
            + (body.isEmpty() ? "" : "Content-Type: text/plain\r\n")
            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
            + "\r\n" + body);
    }

    private void write(String text) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String read(int bytes) throws IOException {
        return new String(client.getInputStream().readNBytes(bytes), StandardCharsets.UTF_8);
    }

    @Test
    void twoMessagesInOneWriteArriveAsTwoMessagesFromTheClientAddress() throws Exception {
        String first = options("one", "");
        String second = options("two", "body of two");
        write(first + second);

        Collector.Received a = collector.next();
        Collector.Received b = collector.next();
        assertThat(a.text()).isEqualTo(first);
        assertThat(b.text()).isEqualTo(second);
        Peer expected = new Peer(TransportProtocol.TCP, (InetSocketAddress) client.getLocalSocketAddress());
        assertThat(a.source()).isEqualTo(expected);
        assertThat(b.source()).isEqualTo(expected);
    }

    @Test
    void messageSplitAcrossThreeWritesArrivesOnceWhole() throws Exception {
        String message = options("split", "hello world");
        int cut1 = 10;                         // inside the start line
        int cut2 = message.indexOf("CSeq");    // between header lines
        int cut3 = message.length() - 5;       // inside the body

        write(message.substring(0, cut1));
        assertThat(collector.within(200)).as("nothing before the headers end").isNull();
        write(message.substring(cut1, cut2));
        assertThat(collector.within(200)).isNull();
        write(message.substring(cut2, cut3));
        assertThat(collector.within(200)).as("nothing before the whole body").isNull();
        write(message.substring(cut3));

        assertThat(collector.next().text()).isEqualTo(message);
        assertThat(collector.within(200)).isNull();
    }

    @Test
    void crlfCrlfKeepaliveIsAnsweredWithOneCrlfAndTheConnectionGoesOn() throws Exception {
        write(options("before", ""));
        collector.next();

        write("\r\n\r\n");
        assertThat(read(2)).isEqualTo("\r\n");

        write(options("after", ""));
        assertThat(collector.next().text()).contains("Call-ID: after");
        assertThat(transport.connectionCount()).isEqualTo(1);
    }

    @Test
    void badContentLengthClosesTheConnection() throws Exception {
        write(options("good", ""));
        collector.next();

        write(options("bad", "").replace("Content-Length: 0", "Content-Length: many"));

        InputStream in = client.getInputStream();
        assertThat(in.read()).as("end of stream: the server closed the connection").isEqualTo(-1);
        assertThat(transport.connectionCount()).isZero();
        assertThat(collector.within(200)).as("the broken message reaches nobody").isNull();
    }

    @Test
    void sendToTheClientReusesTheAcceptedConnection() throws Exception {
        write(options("hello", ""));
        Peer peer = collector.next().source();
        String response = "SIP/2.0 200 OK\r\nCall-ID: hello\r\nContent-Length: 0\r\n\r\n";

        transport.send(response.getBytes(StandardCharsets.UTF_8), peer.address());

        assertThat(read(response.length())).isEqualTo(response);
        assertThat(transport.connectionCount()).isEqualTo(1);
    }

    @Test
    void sendToAnAddressWithNoConnectionOpensOneAndReadsItsAnswers() throws Exception {
        write(options("registered", ""));
        collector.next(); // the accepted client connection is in the table once a message came over it
        try (ServerSocket peerListener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            peerListener.setSoTimeout(SOCKET_TIMEOUT_MS);
            String request = options("outbound", "");

            transport.send(request.getBytes(StandardCharsets.UTF_8),
                (InetSocketAddress) peerListener.getLocalSocketAddress());

            try (Socket accepted = peerListener.accept()) {
                accepted.setSoTimeout(SOCKET_TIMEOUT_MS);
                byte[] got = accepted.getInputStream().readNBytes(request.length());
                assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo(request);
                assertThat(transport.connectionCount()).isEqualTo(2);

                String answer = "SIP/2.0 200 OK\r\nCall-ID: outbound\r\nContent-Length: 0\r\n\r\n";
                accepted.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
                Collector.Received r = collector.next();
                assertThat(r.text()).isEqualTo(answer);
                assertThat(r.source().address()).isEqualTo(peerListener.getLocalSocketAddress());
            }
        }
    }

    @Test
    void aPeerThatStopsReadingNeverBlocksTheSenderAndIsDisconnected() throws Exception {
        write(options("stall-1", ""));
        InetSocketAddress peer = collector.next().source().address();
        byte[] chunk = new byte[16 * 1024];
        long started = System.nanoTime();
        boolean refused = false;
        // the client never reads: once its socket buffers and our queue are full the transport gives up on it
        for (int i = 0; i < 10_000 && !refused; i++) {
            try {
                transport.send(chunk, peer);
            } catch (IOException e) {
                refused = true;
            }
        }
        assertThat(refused).as("the stalled connection is closed").isTrue();
        assertThat(System.nanoTime() - started).as("sends only queue, they never wait on the peer")
            .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
        assertThat(transport.isConnected(peer)).isFalse();
    }

    @Test
    void aMessageTrickledSlowerThanTheMessageDeadlineGetsTheConnectionClosed() throws Exception {
        TcpTransport strict = new TcpTransport(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 60_000, 400);
        strict.start(collector);
        try (Socket slow = new Socket()) {
            slow.setSoTimeout(SOCKET_TIMEOUT_MS);
            slow.connect(strict.localAddress(), SOCKET_TIMEOUT_MS);
            OutputStream out = slow.getOutputStream();
            String msg = options("slow-1", "");
            long started = System.nanoTime();
            int i = 0;
            try {
                // one byte every 50 ms: each read is quick, but the message would take far longer than 400 ms
                for (; i < msg.length(); i++) {
                    out.write(msg.charAt(i));
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException expected) {
                // the server closed the connection while we were still trickling
            }
            assertThat(slow.getInputStream().read()).as("connection closed by the server").isEqualTo(-1);
            assertThat(i).as("closed long before the message was complete").isLessThan(msg.length());
            assertThat(System.nanoTime() - started).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(5));
        } finally {
            strict.close();
        }
    }

    @Test
    void aBusyConnectionWhoseReadsEndMidMessageIsNotCutOffByTheMessageDeadline() throws Exception {
        TcpTransport strict = new TcpTransport(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 60_000, 400);
        strict.start(collector);
        try (Socket busy = new Socket()) {
            busy.connect(strict.localAddress(), SOCKET_TIMEOUT_MS);
            OutputStream out = busy.getOutputStream();
            // 12 messages over ~1.2 s, each write ends in the middle of the next message
            String first = options("busy-0", "");
            out.write(first.substring(0, first.length() - 10).getBytes(StandardCharsets.UTF_8));
            String carry = first.substring(first.length() - 10);
            for (int i = 1; i <= 12; i++) {
                String next = options("busy-" + i, "");
                out.write((carry + next.substring(0, next.length() - 10)).getBytes(StandardCharsets.UTF_8));
                out.flush();
                carry = next.substring(next.length() - 10);
                Thread.sleep(100);
            }
            out.write(carry.getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (int i = 0; i <= 12; i++) {
                assertThat(collector.next().text()).contains("busy-" + i);
            }
        } finally {
            strict.close();
        }
    }
}
