package org.centralino.media.rtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Arrays;

/** A stand-in for a phone's media socket: a plain DatagramChannel on 127.0.0.1 with bounded waits. */
final class Phone implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(2);

    /** A datagram received and where it came from. */
    record Received(byte[] data, InetSocketAddress from) {
    }

    private final DatagramChannel channel;
    private final Selector selector;
    private final ByteBuffer buffer = ByteBuffer.allocate(65536);

    private Phone(DatagramChannel channel, Selector selector) {
        this.channel = channel;
        this.selector = selector;
    }

    static Phone open() {
        try {
            DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            channel.configureBlocking(false);
            Selector selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
            return new Phone(channel, selector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InetSocketAddress address() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(byte[] datagram, InetSocketAddress to) {
        try {
            channel.send(ByteBuffer.wrap(datagram), to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next datagram, or null if none arrives within {@code timeout}. */
    Received receive(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                buffer.clear();
                InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
                if (from != null) {
                    buffer.flip();
                    return new Received(Arrays.copyOf(buffer.array(), buffer.limit()), from);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next datagram; fails the test if none arrives within {@link #WAIT}. */
    Received receive() {
        Received r = receive(WAIT);
        if (r == null) {
            throw new AssertionError("phone " + address() + " received nothing within " + WAIT);
        }
        return r;
    }

    @Override
    public void close() {
        try {
            selector.close();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
