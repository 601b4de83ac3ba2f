package org.centralino.sip.transaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.transport.TransportLayer;
import org.centralino.sip.transport.TransportProtocol;

/**
 * The runtime stack without sockets or threads: in-memory UDP and TCP transports under the real transport
 * and transaction layers, inline lanes, and a manual clock that only moves when the test says so.
 */
final class TransactionFixture {
    /** Where the PBX listens. */
    static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.10", 5060);
    /** A phone that writes its real address in Via. */
    static final InetSocketAddress PHONE = new InetSocketAddress("192.0.2.20", 5062);
    static final String PHONE_VIA = "SIP/2.0/UDP 192.0.2.20:5062";
    static final String PHONE_TCP_VIA = "SIP/2.0/TCP 192.0.2.20:5062";

    final ManualTimerService clock = new ManualTimerService();
    final InMemoryTransport udp = new InMemoryTransport(TransportProtocol.UDP, LOCAL, clock::nowMillis);
    final InMemoryTransport tcp = new InMemoryTransport(TransportProtocol.TCP, LOCAL, clock::nowMillis);
    final RecordingUser user = new RecordingUser();
    final TransportLayer transport = new TransportLayer(List.of(udp, tcp));
    final TransactionLayer layer = new TransactionLayer(transport, new DirectLanes(), clock, SipTimers.RFC3261,
        user, "Centralino-test");

    TransactionFixture() {
        try {
            transport.start(layer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void advanceMillis(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    void advanceSeconds(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    static Peer udpPeer(InetSocketAddress address) {
        return new Peer(TransportProtocol.UDP, address);
    }

    static Peer tcpPeer(InetSocketAddress address) {
        return new Peer(TransportProtocol.TCP, address);
    }

    /** The send times of a list of sent messages, in milliseconds of manual time. */
    static List<Long> times(List<InMemoryTransport.Sent> sent) {
        return sent.stream().map(InMemoryTransport.Sent::atMillis).toList();
    }
}
