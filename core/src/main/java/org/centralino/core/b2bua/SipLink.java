package org.centralino.core.b2bua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.centralino.sip.stack.SipStack;
import org.centralino.sip.transaction.Lanes;
import org.centralino.sip.transaction.SipTimers;
import org.centralino.sip.transaction.TimerService;
import org.centralino.sip.transaction.TransactionLayer;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.transport.TransportLayer;

/**
 * What the B2BUA uses of the SIP stack: transactions, the transport (for ACKs of 2xx, which are no
 * transaction), the lanes and timers, and the addresses it writes into Via, Contact and SDP.
 *
 * <p>The address we write is the one a peer reaches us at. When we are bound to one address it is that one;
 * bound to the wildcard, it is the local address the system routes from towards that peer (a connected UDP
 * channel tells, without sending anything), so a PBX with a LAN and a VPN interface writes the right one for
 * each phone.
 */
public final class SipLink {
    private final SipStack stack;
    private final InetAddress bindAddress;
    private final Map<InetAddress, InetAddress> routes = new ConcurrentHashMap<>();

    /** Over a stack that is started before the first call (its layers exist only then). */
    public SipLink(SipStack stack, InetAddress bindAddress) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
    }

    TransactionLayer transactions() {
        return stack.transactions();
    }

    TransportLayer transport() {
        return stack.transport();
    }

    Lanes lanes() {
        return stack.lanes();
    }

    TimerService timer() {
        return stack.timer();
    }

    SipTimers timers() {
        return stack.timers();
    }

    int port() {
        return stack.port();
    }
    /** Our address as {@code peer} reaches it. */
    InetAddress localAddressFor(Peer peer) {
        if (!bindAddress.isAnyLocalAddress()) {
            return bindAddress;
        }
        InetAddress remote = peer.address().getAddress();
        if (remote.isLoopbackAddress()) {
            return remote;
        }
        return routes.computeIfAbsent(remote, SipLink::route);
    }

    /** Our address for {@code peer} as a URI or Via host: IPv6 in brackets. */
    String hostFor(Peer peer) {
        String a = localAddressFor(peer).getHostAddress();
        return a.indexOf(':') >= 0 ? "[" + a + "]" : a;
    }

    private static InetAddress route(InetAddress remote) {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.connect(new InetSocketAddress(remote, 9));
            return ((InetSocketAddress) probe.getLocalAddress()).getAddress();
        } catch (IOException e) {
            throw new UncheckedIOException("no route to " + remote.getHostAddress() + ": " + e.getMessage(), e);
        }
    }
}
