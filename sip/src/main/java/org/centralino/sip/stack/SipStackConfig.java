package org.centralino.sip.stack;

import java.net.InetAddress;
import org.centralino.sip.transaction.SipTimers;

/**
 * How the SIP stack listens: the address to bind (the wildcard for all interfaces), the port for UDP and TCP,
 * how many serial lanes process messages, and the RFC 3261 timer values.
 */
public record SipStackConfig(InetAddress bindAddress, int port, int lanes, SipTimers timers, String serverHeader) {
    public static int defaultLanes() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
