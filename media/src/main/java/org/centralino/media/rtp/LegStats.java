package org.centralino.media.rtp;

import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * A snapshot of one leg's counters. "In" is what the leg's phone sent to the PBX, "out" what the PBX sent to
 * it. Drops are packets received on this leg and not forwarded, by reason.
 *
 * @param rtpPacketsIn RTP packets received and accepted from the leg's phone
 * @param rtpBytesIn their bytes (RTP header and payload, no UDP/IP)
 * @param rtpPacketsOut RTP packets sent to the leg's phone
 * @param rtpBytesOut their bytes
 * @param rtcpPacketsIn RTCP packets received from the phone (on the RTCP port or multiplexed on the RTP port)
 * @param rtcpPacketsOut RTCP packets sent to the phone
 * @param droppedInvalid datagrams that do not look like RTP/RTCP (version 2, minimum length)
 * @param droppedForeignSource packets from a source other than the latched one, below the re-latch count
 * @param droppedNoPeerAddress packets that arrived while the other leg's address was still unknown
 * @param droppedSendFailed packets the other leg's socket could not send (buffer full, network error)
 * @param relatches times the latched remote address moved after the first latch
 * @param remoteRtp where this leg's RTP goes now (latched or signalled), null while unknown
 * @param latched whether {@code remoteRtp} was learnt from received packets rather than signalled
 * @param lastRtpAt when the last RTP packet arrived from the phone, by the engine's clock; null if none yet
 */
public record LegStats(
    long rtpPacketsIn,
    long rtpBytesIn,
    long rtpPacketsOut,
    long rtpBytesOut,
    long rtcpPacketsIn,
    long rtcpPacketsOut,
    long droppedInvalid,
    long droppedForeignSource,
    long droppedNoPeerAddress,
    long droppedSendFailed,
    long relatches,
    InetSocketAddress remoteRtp,
    boolean latched,
    Instant lastRtpAt) {

    /** Every packet received on this leg and not forwarded. */
    public long dropped() {
        return droppedInvalid + droppedForeignSource + droppedNoPeerAddress + droppedSendFailed;
    }
}
