package org.centralino.media.rtp;

import java.nio.channels.DatagramChannel;

/**
 * One of the four sockets of a session, as its selection key's attachment: everything the forwarder needs
 * for a datagram received on it, resolved once so the per-packet path only follows final fields.
 *
 * @param session the session the socket belongs to
 * @param in the leg the datagram was received on (its phone sent it)
 * @param out the other leg, whose socket sends the datagram on to its phone
 * @param rtcp whether this is the RTCP socket (else the RTP socket, which may also carry muxed RTCP)
 */
record RelaySocket(RelaySession session, RelayEndpoint in, RelayEndpoint out, boolean rtcp) {
    DatagramChannel receiving() {
        return rtcp ? in.ports().rtcp() : in.ports().rtp();
    }

    DatagramChannel sending() {
        return rtcp ? out.ports().rtcp() : out.ports().rtp();
    }

    RemoteLatch sourceLatch() {
        return rtcp ? in.rtcpLatch : in.rtpLatch;
    }

    RemoteLatch destinationLatch() {
        return rtcp ? out.rtcpLatch : out.rtpLatch;
    }
}
