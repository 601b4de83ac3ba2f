package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay path of one loop: receive a datagram into the loop's one direct buffer, check it, latch its
 * source, send it out of the other leg's socket. Allocates nothing per packet: the buffer is reused, the
 * JDK's DatagramChannel caches the source address object while the source stays the same, and sending to
 * the same target object reuses its encoded form. (The selector's own boxing is {@link SelectorBoxing}'s
 * concern.) Loop thread only.
 */
final class PacketForwarder {
    private static final Logger LOG = LoggerFactory.getLogger(PacketForwarder.class);
    /** The largest UDP payload, so no datagram is ever truncated into a corrupt packet. */
    static final int BUFFER_BYTES = 65536;
    /**
     * Datagrams taken from one socket per wake-up before the loop serves the others: epoll is level-triggered,
     * so the rest are reported again at once, and a flood on one port cannot starve the other calls.
     */
    static final int MAX_DATAGRAMS_PER_WAKEUP = 32;

    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);

    /** Relays what is waiting on {@code socket}, stamping RTP arrivals with {@code nowMillis}. */
    void drain(RelaySocket socket, long nowMillis) {
        DatagramChannel channel = socket.receiving();
        for (int i = 0; i < MAX_DATAGRAMS_PER_WAKEUP; i++) {
            buffer.clear();
            SocketAddress source;
            try {
                source = channel.receive(buffer);
            } catch (IOException e) {
                LOG.debug("receive on {} failed: {}", socket.in(), e.toString());
                return;
            }
            if (source == null) {
                return;
            }
            buffer.flip();
            forward(socket, (InetSocketAddress) source, nowMillis);
        }
    }

    private void forward(RelaySocket socket, InetSocketAddress source, long nowMillis) {
        LegCounters in = socket.in().counters;
        boolean rtp = !socket.rtcp() && PacketCheck.isRtp(buffer);
        boolean valid = socket.rtcp() ? PacketCheck.isRtcp(buffer) : rtp || PacketCheck.isRtcp(buffer);
        if (!valid) {
            in.droppedInvalid();
            return;
        }
        if (!socket.sourceLatch().admit(source)) {
            in.droppedForeignSource();
            return;
        }
        int length = buffer.remaining();
        if (rtp) {
            in.receivedRtp(length, nowMillis);
        } else {
            in.receivedRtcp();
        }
        Termination terminated = socket.in().termination;
        if (terminated != null) {
            terminated.onPacket(buffer, socket.rtcp() || !rtp, nowMillis);
            return;
        }
        if (socket.out().termination != null) {
            return; // the PBX speaks to that phone itself (a prompt, music on hold): this leg's audio stops here
        }
        InetSocketAddress destination = socket.destinationLatch().remote();
        if (destination == null) {
            in.droppedNoPeerAddress();
            return;
        }
        send(socket, destination, length, rtp);
    }

    private void send(RelaySocket socket, InetSocketAddress destination, int length, boolean rtp) {
        LegCounters out = socket.out().counters;
        int sent;
        try {
            sent = socket.sending().send(buffer, destination);
        } catch (IOException e) {
            LOG.debug("send from {} to {} failed: {}", socket.out(), destination, e.toString());
            sent = 0;
        }
        if (sent == 0) {
            socket.in().counters.droppedSendFailed();
        } else if (rtp) {
            out.sentRtp(length);
        } else {
            out.sentRtcp();
        }
    }
}
