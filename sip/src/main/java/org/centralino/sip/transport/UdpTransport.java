package org.centralino.sip.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import org.centralino.sip.message.SipLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIP over UDP (RFC 3261 §18): one blocking DatagramChannel read by one platform thread that hands each
 * datagram to the handler (which parses and dispatches to a lane). Sends go straight to the channel, which
 * is safe from any thread.
 */
public final class UdpTransport implements SipTransport {
    private static final Logger LOG = LoggerFactory.getLogger(UdpTransport.class);
    /** Socket buffers large enough to ride out a burst of a few thousand messages. */
    static final int SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

    private final InetSocketAddress bindAddress;
    private DatagramChannel channel;
    private Thread reader;
    private volatile boolean running;

    public UdpTransport(InetSocketAddress bindAddress) {
        this.bindAddress = bindAddress;
    }

    @Override
    public TransportProtocol protocol() {
        return TransportProtocol.UDP;
    }

    @Override
    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("UDP transport is not open", e);
        }
    }

    @Override
    public void start(InboundHandler handler) throws IOException {
        channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER_BYTES);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER_BYTES);
        channel.bind(bindAddress);
        running = true;
        reader = Thread.ofPlatform().name("sip-udp-" + localAddress().getPort()).daemon().start(() -> readLoop(handler));
        LOG.info("SIP UDP listening on {}", localAddress());
    }

    private void readLoop(InboundHandler handler) {
        byte[] array = new byte[SipLimits.MAX_MESSAGE_BYTES + 1];
        ByteBuffer buffer = ByteBuffer.wrap(array);
        while (running) {
            try {
                buffer.clear();
                SocketAddress from = channel.receive(buffer);
                if (from == null) {
                    continue;
                }
                handler.onBytes(array, 0, buffer.position(), new Peer(TransportProtocol.UDP, (InetSocketAddress) from));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.warn("UDP receive failed: {}", e.toString());
            } catch (RuntimeException | StackOverflowError e) {
                LOG.error("UDP inbound handler failed; the datagram is dropped and the transport goes on", e);
            }
        }
    }

    @Override
    public void send(byte[] message, InetSocketAddress to) throws IOException {
        channel.send(ByteBuffer.wrap(message), to);
    }

    @Override
    public void close() {
        running = false;
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("closing UDP transport: {}", e.toString());
        }
        if (reader != null) {
            try {
                reader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
