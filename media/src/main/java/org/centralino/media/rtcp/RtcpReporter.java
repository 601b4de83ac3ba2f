package org.centralino.media.rtcp;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;

/**
 * The RTCP side of a terminating media endpoint with one outgoing and one incoming stream (a unicast call):
 * writes its compound report (SR when it sent RTP since the last report, else RR; a report block on the
 * received stream; SDES CNAME; BYE when leaving; RFC 3550 §6.1, §6.4) and reads the far end's, for the
 * round-trip time (RFC 3550 §6.4.1: arrival − LSR − DLSR) and the loss and jitter it reports. When to send is
 * {@link RtcpInterval}'s business. Time is given by the caller as NTP timestamps ({@link NtpTime}), so a test
 * can drive it on a manual clock. Not thread-safe: the endpoint's media thread owns it.
 */
public final class RtcpReporter {
    /**
     * What this endpoint has sent, for the SR's sender information (RFC 3550 §6.4.1).
     *
     * @param packets RTP packets sent since the start
     * @param octets payload octets sent since the start
     * @param rtpTimestampNow the RTP timestamp that corresponds to the report's NTP time
     */
    public record SenderCounters(long packets, long octets, long rtpTimestampNow) {
    }

    private final long ssrc;
    private final String cname;
    private final RtcpReader reader = new RtcpReader();
    private long remoteSsrc = -1;
    /** Middle 32 bits of the far end's last SR and when it arrived (NTP): LSR and the base of DLSR. */
    private long lastSrMiddle;
    private long lastSrArrivalNtp;
    private RemoteReport remoteReport;

    public RtcpReporter(long ssrc, String cname) {
        this.ssrc = ssrc & 0xFFFF_FFFFL;
        this.cname = cname;
    }

    public long ssrc() {
        return ssrc;
    }

    /**
     * Writes this endpoint's compound report into {@code out} at its position and returns its length.
     *
     * @param sent what we sent, or null if we sent no RTP since the last report (then an RR is written)
     * @param ntpNow the NTP time now
     * @param received statistics of the stream we receive, or null if we receive none; no report block either
     *     while its SSRC is unknown (see {@link #receivingFrom})
     * @param bye whether to end the compound with a BYE (leaving the session)
     */
    public int write(ByteBuffer out, SenderCounters sent, long ntpNow, ReceptionStatistics received, boolean bye) {
        SenderInfo info = sent == null ? null
            : new SenderInfo(ntpNow, sent.rtpTimestampNow(), sent.packets(), sent.octets());
        List<ReportBlock> blocks = List.of();
        if (received != null && received.isValid() && remoteSsrc >= 0) {
            long dlsr = lastSrMiddle == 0 ? 0
                : (NtpTime.middle32(ntpNow) - NtpTime.middle32(lastSrArrivalNtp)) & 0xFFFF_FFFFL;
            blocks = List.of(received.reportBlock(remoteSsrc, lastSrMiddle, dlsr));
        }
        return RtcpWriter.writeCompound(out, ssrc, info, blocks, cname, bye);
    }

    /**
     * Reads a compound RTCP packet from the far end (between {@code in}'s position and limit, left unchanged):
     * remembers its SR for our next LSR/DLSR and takes its report block about us. Returns false when the packet
     * fails the validity checks of RFC 3550 A.2 (then nothing is taken from it).
     */
    public boolean onReceived(ByteBuffer in, long ntpNow) {
        if (!reader.reset(in)) {
            return false;
        }
        while (reader.next()) {
            int type = reader.packetType();
            if (type == RtcpPacketType.SR || type == RtcpPacketType.RR) {
                remoteSsrc = reader.senderSsrc();
                if (type == RtcpPacketType.SR) {
                    lastSrMiddle = NtpTime.middle32(reader.ntpTimestamp());
                    lastSrArrivalNtp = ntpNow;
                }
                takeBlockAboutUs(ntpNow);
            }
        }
        return true;
    }

    private void takeBlockAboutUs(long ntpNow) {
        for (int i = 0; i < reader.reportBlockCount(); i++) {
            if (reader.reportSsrc(i) != ssrc) {
                continue;
            }
            Duration rtt = roundTrip(NtpTime.middle32(ntpNow), reader.lastSenderReport(i),
                reader.delaySinceLastSenderReport(i));
            remoteReport = new RemoteReport(reader.senderSsrc(), reader.fractionLost(i), reader.cumulativeLost(i),
                reader.extendedHighestSequence(i), reader.jitter(i),
                rtt != null || remoteReport == null ? rtt : remoteReport.roundTripTime());
        }
    }

    /** RFC 3550 §6.4.1: RTT = A − LSR − DLSR in 1/65536 s, mod 2^32; null without an SR or if negative. */
    static Duration roundTrip(long arrivalMiddle, long lsr, long dlsr) {
        if (lsr == 0) {
            return null;
        }
        int units = (int) (arrivalMiddle - lsr - dlsr);
        return units < 0 ? null : Duration.ofNanos(units * 1_000_000_000L / NtpTime.SHORT_UNITS_PER_SECOND);
    }

    /**
     * The SSRC of the RTP stream we receive, as its packets carry it: lets the report block be written before
     * the far end's first RTCP packet arrives (or when it sends none). An SR or RR from the far end sets it too.
     */
    public void receivingFrom(long rtpSsrc) {
        remoteSsrc = rtpSsrc & 0xFFFF_FFFFL;
    }

    /** The far end's last report about our stream, or null if none came yet. */
    public RemoteReport remoteReport() {
        return remoteReport;
    }

    /** The SSRC of the far end, once it has sent an SR or RR; -1 before. */
    public long remoteSsrc() {
        return remoteSsrc;
    }
}
