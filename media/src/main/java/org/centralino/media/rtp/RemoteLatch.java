package org.centralino.media.rtp;

import java.net.InetSocketAddress;

/**
 * Where one socket of a leg sends its packets, and from whom it accepts them: symmetric RTP (RFC 4961) with
 * latching ("comedia"). The address signalled in SDP is only a first guess; a phone behind NAT is reached at
 * the source address its packets actually come from. So the first packet received latches the remote to its
 * source. After that, a packet from another source is dropped, and the latch moves only once
 * {@code relatchAfter} consecutive packets have come from one new source (the phone's NAT binding changed),
 * so a single spoofed packet can neither hijack nor inject into the stream.
 *
 * <p>Mutated only by the owning loop thread; {@link #remote()} is volatile so others may read it.
 */
final class RemoteLatch {
    private final int relatchAfter;
    private volatile InetSocketAddress remote;
    private boolean latched;
    private InetSocketAddress candidate;
    private int candidateCount;
    private volatile long relatches;

    RemoteLatch(InetSocketAddress signalled, int relatchAfter) {
        if (relatchAfter < 1) {
            throw new IllegalArgumentException("relatchAfter must be at least 1, got " + relatchAfter);
        }
        this.relatchAfter = relatchAfter;
        this.remote = signalled;
    }

    /** Where packets for this socket's peer go now: the latched source, else the signalled address, else null. */
    InetSocketAddress remote() {
        return remote;
    }

    boolean isLatched() {
        return latched;
    }

    /** How many times the latch moved after the first latch. */
    long relatches() {
        return relatches;
    }

    /**
     * A new signalled address (an SDP offer or answer moved the media): it is used until packets latch again.
     */
    void signal(InetSocketAddress address) {
        remote = address;
        latched = false;
        candidate = null;
        candidateCount = 0;
    }

    /** Whether a packet from {@code source} is from this leg's peer; may latch or re-latch. Allocates nothing. */
    boolean admit(InetSocketAddress source) {
        if (!latched) {
            remote = source;
            latched = true;
            return true;
        }
        InetSocketAddress current = remote;
        if (source == current || source.equals(current)) {
            candidateCount = 0;
            return true;
        }
        return countCandidate(source);
    }

    private boolean countCandidate(InetSocketAddress source) {
        if (source == candidate || source.equals(candidate)) {
            candidateCount++;
        } else {
            candidate = source;
            candidateCount = 1;
        }
        if (candidateCount < relatchAfter) {
            return false;
        }
        remote = source;
        candidate = null;
        candidateCount = 0;
        relatches = relatches + 1;
        return true;
    }
}
