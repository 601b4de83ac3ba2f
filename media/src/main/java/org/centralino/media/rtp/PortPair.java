package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;

/**
 * One leg's bound RTP (even port) and RTCP (next odd port) sockets, handed out by a {@link PortPool} and given
 * back to it with {@link PortPool#release(PortPair)}. The channels are non-blocking.
 */
public final class PortPair {
    private final int index;
    private final InetSocketAddress rtpAddress;
    private final InetSocketAddress rtcpAddress;
    private final DatagramChannel rtp;
    private final DatagramChannel rtcp;

    PortPair(int index, DatagramChannel rtp, DatagramChannel rtcp) throws IOException {
        this.index = index;
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.rtpAddress = (InetSocketAddress) rtp.getLocalAddress();
        this.rtcpAddress = (InetSocketAddress) rtcp.getLocalAddress();
    }

    /** The slot of this pair in its pool's range. */
    int index() {
        return index;
    }

    /** The local address and even port of the RTP socket: what the SDP announces for this leg. */
    public InetSocketAddress rtpAddress() {
        return rtpAddress;
    }

    /** The local address and odd port of the RTCP socket. */
    public InetSocketAddress rtcpAddress() {
        return rtcpAddress;
    }

    DatagramChannel rtp() {
        return rtp;
    }

    DatagramChannel rtcp() {
        return rtcp;
    }

    /** True while either socket is still open. */
    public boolean isOpen() {
        return rtp.isOpen() || rtcp.isOpen();
    }

    /** Closes both sockets; safe to call twice. */
    void closeChannels() {
        closeQuietly(rtp);
        closeQuietly(rtcp);
    }

    static void closeQuietly(DatagramChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a UDP socket fails only if the descriptor is already bad: nothing left to release.
            PortPool.LOG.debug("closing {} failed: {}", channel, e.toString());
        }
    }

    @Override
    public String toString() {
        return "PortPair[" + rtpAddress + "/" + rtcpAddress.getPort() + "]";
    }
}
