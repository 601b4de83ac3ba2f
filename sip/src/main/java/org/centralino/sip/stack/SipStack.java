package org.centralino.sip.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import org.centralino.sip.transaction.SerialLanes;
import org.centralino.sip.transaction.TransactionLayer;
import org.centralino.sip.transaction.TransactionUser;
import org.centralino.sip.transaction.WheelTimer;
import org.centralino.sip.transport.TcpTransport;
import org.centralino.sip.transport.TransportLayer;
import org.centralino.sip.transport.TransportProtocol;
import org.centralino.sip.transport.UdpTransport;

/** The assembled stack: UDP and TCP transports, the transport and transaction layers, lanes and timers. */
public final class SipStack implements AutoCloseable {
    private final SipStackConfig config;
    private final SerialLanes lanes;
    private final WheelTimer timer = new WheelTimer();
    private TransportLayer transport;
    private TransactionLayer transactions;

    public SipStack(SipStackConfig config) {
        this.config = config;
        this.lanes = new SerialLanes(config.lanes());
    }

    /** Binds UDP, then TCP on the same port (UDP's real port when 0 was asked for, as tests do). */
    public void start(TransactionUser user) throws IOException {
        UdpTransport udp = new UdpTransport(new InetSocketAddress(config.bindAddress(), config.port()));
        transport = new TransportLayer(List.of(udp));
        transactions = new TransactionLayer(transport, lanes, timer, config.timers(), user, config.serverHeader());
        transport.start(transactions);
        int port = udp.localAddress().getPort();
        transport.addAndStart(new TcpTransport(new InetSocketAddress(config.bindAddress(), port)));
    }

    public TransactionLayer transactions() {
        return transactions;
    }

    public TransportLayer transport() {
        return transport;
    }

    public int port() {
        return transport.localAddress(TransportProtocol.UDP).getPort();
    }

    @Override
    public void close() {
        if (transport != null) {
            transport.close();
        }
        timer.close();
        lanes.close();
    }
}
