package org.centralino.media.rtp;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out RTP/RTCP port pairs from a {@link PortRange}, bound on one local address. A pair whose ports
 * another process holds is skipped. Allocation walks the range round-robin from where the last one stopped,
 * so a pair just released is the last to be reused and late packets of an ended call rarely reach a new one.
 * Thread-safe: allocation and release are serialised on the pool (binding two sockets takes microseconds).
 */
public final class PortPool {
    static final Logger LOG = LoggerFactory.getLogger(PortPool.class);
    /** DSCP EF (46) in the IP TOS byte, the class for telephony media (RFC 4594 §4.1). */
    static final int TOS_EXPEDITED_FORWARDING = 0xB8;

    private final PortRange range;
    private final InetAddress bindAddress;
    private final PortPair[] slots;
    private int cursor;
    private int inUse;

    public PortPool(PortRange range, InetAddress bindAddress) {
        this.range = range;
        this.bindAddress = bindAddress;
        this.slots = new PortPair[range.pairCount()];
    }

    public PortRange range() {
        return range;
    }

    public InetAddress bindAddress() {
        return bindAddress;
    }

    /** Pairs handed out and not yet released (for leak checks and metrics). */
    public synchronized int inUse() {
        return inUse;
    }

    /** How many pairs the range holds. */
    public int capacity() {
        return slots.length;
    }

    /**
     * Binds the next free pair.
     *
     * @throws PortRangeExhaustedException when every pair of the range is in use or cannot be bound
     */
    public synchronized PortPair allocate() throws PortRangeExhaustedException {
        int heldByOthers = 0;
        IOException lastError = null;
        for (int tried = 0; tried < slots.length; tried++) {
            int index = cursor;
            cursor = (cursor + 1) % slots.length;
            if (slots[index] != null) {
                continue;
            }
            try {
                PortPair pair = bind(index);
                slots[index] = pair;
                inUse++;
                return pair;
            } catch (IOException e) {
                heldByOthers++;
                lastError = e;
            }
        }
        throw new PortRangeExhaustedException("no free RTP/RTCP port pair in " + range + " on "
            + bindAddress.getHostAddress() + ": " + inUse + " of " + slots.length + " pairs are in use by calls, "
            + heldByOthers + " could not be bound"
            + (lastError == null ? "" : " (last error: " + lastError.getMessage() + ")")
            + "; widen the RTP port range or end calls", lastError);
    }

    /** Closes the pair's sockets and makes its ports available again. Releasing twice is harmless. */
    public void release(PortPair pair) {
        pair.closeChannels();
        synchronized (this) {
            if (slots[pair.index()] == pair) {
                slots[pair.index()] = null;
                inUse--;
            }
        }
    }

    private PortPair bind(int index) throws IOException {
        int port = range.rtpPortOf(index);
        DatagramChannel rtp = open(port);
        DatagramChannel rtcp;
        try {
            rtcp = open(port + 1);
        } catch (IOException e) {
            PortPair.closeQuietly(rtp);
            throw e;
        }
        return new PortPair(index, rtp, rtcp);
    }

    /** A non-blocking UDP socket on one port; no SO_REUSEADDR, so a port held by anyone else fails to bind. */
    private DatagramChannel open(int port) throws IOException {
        var family = bindAddress instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        DatagramChannel channel = DatagramChannel.open(family);
        try {
            channel.configureBlocking(false);
            setTrafficClass(channel);
            channel.bind(new InetSocketAddress(bindAddress, port));
            return channel;
        } catch (IOException e) {
            PortPair.closeQuietly(channel);
            throw e;
        }
    }

    private static void setTrafficClass(DatagramChannel channel) {
        try {
            channel.setOption(StandardSocketOptions.IP_TOS, TOS_EXPEDITED_FORWARDING);
        } catch (IOException | UnsupportedOperationException e) {
            // Marking is a courtesy to the network; media flows without it.
            LOG.debug("cannot mark RTP socket with DSCP EF: {}", e.toString());
        }
    }
}
