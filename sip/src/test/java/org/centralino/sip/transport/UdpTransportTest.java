package org.centralino.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link UdpTransport} on loopback with a real datagram socket. */
@Timeout(30)
class UdpTransportTest {
    private final Collector collector = new Collector();
    private UdpTransport transport;
    private DatagramSocket client;

    @BeforeEach
    void start() throws Exception {
        transport = new UdpTransport(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        transport.start(collector);
        client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client.setSoTimeout((int) Collector.WAIT_MILLIS);
    }

    @AfterEach
    void stop() {
        client.close();
        transport.close();
    }

    @Test
    void datagramArrivesAsOneMessageWithItsSource() throws Exception {
        byte[] message = "OPTIONS sip:100@127.0.0.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n"
            .getBytes(StandardCharsets.UTF_8);
        client.send(new DatagramPacket(message, message.length, transport.localAddress()));

        Collector.Received r = collector.next();
        assertThat(r.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(message);
        assertThat(r.source()).isEqualTo(new Peer(TransportProtocol.UDP,
            (InetSocketAddress) client.getLocalSocketAddress()));
    }

    @Test
    void sendDeliversOneDatagram() throws Exception {
        byte[] message = "SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.UTF_8);

        transport.send(message, (InetSocketAddress) client.getLocalSocketAddress());

        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        client.receive(packet);
        assertThat(packet.getLength()).isEqualTo(message.length);
        assertThat(java.util.Arrays.copyOf(packet.getData(), packet.getLength())).isEqualTo(message);
        assertThat(packet.getSocketAddress()).isEqualTo(transport.localAddress());
    }

    @Test
    void localAddressReportsTheRealPortWhenZeroWasAsked() {
        assertThat(transport.localAddress().getPort()).isPositive();
        assertThat(transport.localAddress().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
    }
}
