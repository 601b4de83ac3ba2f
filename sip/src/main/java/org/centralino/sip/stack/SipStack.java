package org.centralino.sip.stack;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import org.centralino.sip.transaction.SerialLanes;
import org.centralino.sip.transaction.SipTimers;
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

    /** How often a free port is looked for when port 0 (any) was asked for. */
    private static final int ANY_PORT_ATTEMPTS = 20;

    /**
     * Binds UDP, then TCP on the same port. With port 0 (tests) UDP picks a free port and TCP takes the same
     * number; when that TCP port happens to be taken, both are given up and another is tried.
     */
    public void start(TransactionUser user) throws IOException {
        for (int attempt = 1; ; attempt++) {
            UdpTransport udp = new UdpTransport(new InetSocketAddress(config.bindAddress(), config.port()));
            transport = new TransportLayer(List.of(udp));
            transactions = new TransactionLayer(transport, lanes, timer, config.timers(), user, config.serverHeader());
            transport.start(transactions);
            int port = udp.localAddress().getPort();
            try {
                transport.addAndStart(new TcpTransport(new InetSocketAddress(config.bindAddress(), port)));
                return;
            } catch (BindException e) {
                transport.close();
                if (config.port() != 0 || attempt >= ANY_PORT_ATTEMPTS) {
                    throw new BindException("cannot listen for SIP over TCP on port " + port + ": " + e.getMessage());
                }
            }
        }
    }

    public TransactionLayer transactions() {
        return transactions;
    }

    public SerialLanes lanes() {
        return lanes;
    }

    public WheelTimer timer() {
        return timer;
    }

    public SipTimers timers() {
        return config.timers();
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
