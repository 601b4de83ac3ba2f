package org.centralino.media.rtp;

import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * One leg of a {@link RelaySession}: the PBX's RTP/RTCP port pair facing one phone, where that phone's packets
 * go (signalled, then latched), its counters, its hold flag and its RTP-silence bookkeeping. The state that
 * moves per packet is written only by the session's loop thread; the accessors here are safe from any thread.
 */
public final class RelayEndpoint {
    private final Side side;
    private final PortPair ports;
    final RemoteLatch rtpLatch;
    final RemoteLatch rtcpLatch;
    final LegCounters counters = new LegCounters();
    /** Loop-owned: set while the PBX terminates this leg's media instead of relaying it ({@link TerminatedMedia}). */
    Termination termination;
    /** Loop-owned: where the stream this leg's phone sends stands, for continuing it ({@link StreamPosition}). */
    final StreamPosition position = new StreamPosition();
    final LegQualityTracker quality = new LegQualityTracker();
    private volatile boolean onHold;
    /** Set by the loop while this leg is flagged for one-way audio; read by anyone. */
    private volatile boolean oneWayAudio;
    /** Loop-owned: the start of the silence of the current one-way episode. */
    private long oneWaySilenceSince;
    /** Loop-owned: when the current one-way episode was flagged. */
    private long oneWayFlaggedAt;
    /** Loop-owned: the last check at which either leg was on hold; one-way silence counts from after it. */
    private long oneWayHoldSeen = Long.MIN_VALUE;
    /** Loop-owned: when the current silence started counting (creation, end of hold), see {@link #timedOut}. */
    private long silenceSince;
    /** Loop-owned: the start of the silence last reported, so one silence is reported once. */
    private long reportedSilenceSince = Long.MIN_VALUE;

    RelayEndpoint(Side side, PortPair ports, InetSocketAddress signalledRtp, InetSocketAddress signalledRtcp,
                  int relatchAfter, long createdMillis) {
        this.side = side;
        this.ports = ports;
        this.rtpLatch = new RemoteLatch(signalledRtp, relatchAfter);
        this.rtcpLatch = new RemoteLatch(signalledRtcp, relatchAfter);
        this.silenceSince = createdMillis;
    }

    public Side side() {
        return side;
    }

    /** The PBX's RTP address and even port for this leg: what the SDP sent to this leg's phone announces. */
    public InetSocketAddress localRtp() {
        return ports.rtpAddress();
    }

    /** The PBX's RTCP address and port (RTP port + 1) for this leg. */
    public InetSocketAddress localRtcp() {
        return ports.rtcpAddress();
    }

    /** Where RTP for this leg's phone goes now (latched, else signalled); null while unknown. */
    public InetSocketAddress remoteRtp() {
        return rtpLatch.remote();
    }

    /** Where RTCP for this leg's phone goes now (latched, else signalled); null while unknown. */
    public InetSocketAddress remoteRtcp() {
        return rtcpLatch.remote();
    }

    public boolean isOnHold() {
        return onHold;
    }

    /** Loop thread only: a leg resumed from hold starts a new silence now. */
    void setOnHold(boolean hold, long nowMillis) {
        if (onHold && !hold) {
            silenceSince = nowMillis;
        }
        onHold = hold;
    }

    PortPair ports() {
        return ports;
    }

    /** A consistent-enough snapshot: each counter is exact, the set is not taken atomically. */
    public LegStats stats() {
        LegCounters c = counters;
        long last = c.lastRtpMillis;
        return new LegStats(c.rtpPacketsIn, c.rtpBytesIn, c.rtpPacketsOut, c.rtpBytesOut, c.rtcpPacketsIn,
            c.rtcpPacketsOut, c.droppedInvalid, c.droppedForeignSource, c.droppedNoPeerAddress, c.droppedSendFailed,
            rtpLatch.relatches(), rtpLatch.remote(), rtpLatch.isLatched(),
            last == LegCounters.NEVER ? null : Instant.ofEpochMilli(last));
    }

    /**
     * Loop thread only. True once when this leg has received no RTP for {@code timeoutMillis}: since the last
     * RTP packet, the session's creation or the end of a hold, whichever is latest. A leg on hold never times
     * out (a held phone may legitimately send nothing, RFC 3264 §8.4). A silence is reported once; RTP that
     * arrives (or a hold that ends) starts a new one.
     */
    boolean timedOut(long nowMillis, long timeoutMillis) {
        if (onHold) {
            silenceSince = nowMillis;
            return false;
        }
        long lastActivity = Math.max(silenceSince, counters.lastRtpMillis);
        if (nowMillis - lastActivity < timeoutMillis || lastActivity == reportedSilenceSince) {
            return false;
        }
        reportedSilenceSince = lastActivity;
        return true;
    }

    public boolean isOneWayAudio() {
        return oneWayAudio;
    }

    /**
     * Loop thread only: one step of one-way-audio detection on this leg. Returns {@link OneWayAudio#STARTED}
     * once when this leg has received no RTP for {@code thresholdMillis} while {@code other} received some
     * within that time and neither is on hold; {@link OneWayAudio#ENDED} once when a flagged leg receives RTP
     * again or a hold makes its silence legitimate; otherwise {@link OneWayAudio#NO_CHANGE}.
     */
    OneWayAudio checkOneWayAudio(RelayEndpoint other, long nowMillis, long thresholdMillis) {
        boolean held = onHold || other.isOnHold();
        if (held) {
            oneWayHoldSeen = nowMillis;
        }
        long silentSince = Math.max(Math.max(silenceSince, counters.lastRtpMillis), oneWayHoldSeen);
        if (oneWayAudio) {
            if (!held && counters.lastRtpMillis <= oneWaySilenceSince) {
                return OneWayAudio.NO_CHANGE;
            }
            oneWayAudio = false;
            return OneWayAudio.ENDED;
        }
        long otherLast = other.counters.lastRtpMillis;
        if (held || nowMillis - silentSince < thresholdMillis
            || otherLast == LegCounters.NEVER || nowMillis - otherLast >= thresholdMillis) {
            return OneWayAudio.NO_CHANGE;
        }
        oneWaySilenceSince = silentSince;
        oneWayFlaggedAt = nowMillis;
        oneWayAudio = true;
        return OneWayAudio.STARTED;
    }

    /** Loop thread only: how long the current (or just ended) one-way episode's silence has lasted. */
    long oneWaySilentMillis(long nowMillis) {
        return nowMillis - oneWaySilenceSince;
    }

    /** Loop thread only: how long the current (or just ended) one-way episode was flagged. */
    long oneWayFlaggedMillis(long nowMillis) {
        return nowMillis - oneWayFlaggedAt;
    }

    /** Loop thread only: how long since the last RTP activity, for the timeout report. */
    long silentMillis(long nowMillis) {
        return nowMillis - Math.max(silenceSince, counters.lastRtpMillis);
    }

    @Override
    public String toString() {
        return "leg " + side + " " + localRtp() + " <-> " + remoteRtp();
    }
}
