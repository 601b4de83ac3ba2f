package org.centralino.media.rtp;

/**
 * One leg's counters. Written only by the loop thread that owns the session (single writer, so a volatile
 * read-add-write is exact and no atomic instruction is needed), read lock-free by anyone through
 * {@link RelayEndpoint#stats()}. Updating allocates nothing.
 */
final class LegCounters {
    /** {@link #lastRtpMillis} before the first RTP packet. */
    static final long NEVER = Long.MIN_VALUE;

    volatile long rtpPacketsIn;
    volatile long rtpBytesIn;
    volatile long rtpPacketsOut;
    volatile long rtpBytesOut;
    volatile long rtcpPacketsIn;
    volatile long rtcpPacketsOut;
    volatile long droppedInvalid;
    volatile long droppedForeignSource;
    volatile long droppedNoPeerAddress;
    volatile long droppedSendFailed;
    volatile long lastRtpMillis = NEVER;

    void receivedRtp(int bytes, long nowMillis) {
        rtpPacketsIn = rtpPacketsIn + 1;
        rtpBytesIn = rtpBytesIn + bytes;
        lastRtpMillis = nowMillis;
    }

    void receivedRtcp() {
        rtcpPacketsIn = rtcpPacketsIn + 1;
    }

    void sentRtp(int bytes) {
        rtpPacketsOut = rtpPacketsOut + 1;
        rtpBytesOut = rtpBytesOut + bytes;
    }

    void sentRtcp() {
        rtcpPacketsOut = rtcpPacketsOut + 1;
    }

    void droppedInvalid() {
        droppedInvalid = droppedInvalid + 1;
    }

    void droppedForeignSource() {
        droppedForeignSource = droppedForeignSource + 1;
    }

    void droppedNoPeerAddress() {
        droppedNoPeerAddress = droppedNoPeerAddress + 1;
    }

    void droppedSendFailed() {
        droppedSendFailed = droppedSendFailed + 1;
    }
}
