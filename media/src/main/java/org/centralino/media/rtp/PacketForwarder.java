package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.InstantSource;
import org.centralino.media.rtcp.NtpTime;
import org.centralino.media.rtcp.RtcpPacketType;
import org.centralino.media.rtcp.RtcpReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay path of one loop: receive a datagram into the loop's one direct buffer, check it, latch its
 * source, send it out of the other leg's socket. Allocates nothing per packet: the buffer is reused, the
 * JDK's DatagramChannel caches the source address object while the source stays the same, and sending to
 * the same target object reuses its encoded form. (The selector's own boxing is {@link SelectorBoxing}'s
 * concern.) On the way it feeds each leg's {@link LegQualityTracker}: RTP sequence numbers and timestamps, and
 * the RTCP that passes through, read in place by one reusable {@link RtcpReader}. Loop thread only.
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

    /** No SR in a relayed compound: nothing to remember for the round trip. */
    private static final long NO_SR = -1;

    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private final RtcpReader rtcp = new RtcpReader();
    private final InstantSource clock;

    PacketForwarder(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Relays what is waiting on {@code socket}. Each datagram is stamped with the clock when it is taken off
     * the socket, not once per wake-up: a drain may run while the phone's next packets arrive, and the jitter
     * (RFC 3550 A.8) is measured from these stamps. The system clock's {@code millis()} reads without
     * allocating (vDSO), a few tens of nanoseconds per packet.
     */
    void drain(RelaySocket socket) {
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
            forward(socket, (InetSocketAddress) source, clock.millis());
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
        long senderReport = NO_SR;
        if (rtp) {
            in.receivedRtp(length, nowMillis);
            socket.in().quality.onRtp(buffer, nowMillis);
            socket.in().position.update(buffer, nowMillis);
        } else {
            in.receivedRtcp();
            senderReport = readRtcp(socket.in().quality, nowMillis);
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
        if (send(socket, destination, length, rtp) && senderReport != NO_SR) {
            socket.out().quality.forwardedSenderReport(senderReport, nowMillis);
        }
    }

    /**
     * Reads the phone's compound RTCP in place: its report blocks go to its leg's tracker. Returns the middle 32
     * bits of the NTP timestamp of its SR, if it has one, else {@link #NO_SR}. An invalid compound (RFC 3550
     * A.2) is still relayed, the phones may understand it, but nothing is read from it.
     */
    private long readRtcp(LegQualityTracker from, long nowMillis) {
        if (!rtcp.reset(buffer)) {
            return NO_SR;
        }
        long senderReport = NO_SR;
        while (rtcp.next()) {
            int type = rtcp.packetType();
            if (type != RtcpPacketType.SR && type != RtcpPacketType.RR) {
                continue;
            }
            if (type == RtcpPacketType.SR) {
                senderReport = NtpTime.middle32(rtcp.ntpTimestamp());
            }
            for (int i = 0; i < rtcp.reportBlockCount(); i++) {
                from.onReportBlock(rtcp.fractionLost(i), rtcp.cumulativeLost(i), rtcp.jitter(i),
                    rtcp.lastSenderReport(i), rtcp.delaySinceLastSenderReport(i), nowMillis);
            }
        }
        return senderReport;
    }

    /** Sends the buffer on; true if it went. */
    private boolean send(RelaySocket socket, InetSocketAddress destination, int length, boolean rtp) {
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
            return false;
        }
        if (rtp) {
            out.sentRtp(length);
        } else {
            out.sentRtcp();
        }
        return true;
    }
}
