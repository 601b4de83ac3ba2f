package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.centralino.media.rtcp.NtpTime;
import org.centralino.media.rtcp.RtcpInterval;
import org.centralino.media.rtcp.RtcpReporter;

/**
 * RTCP of a terminated leg (RFC 3550 §6): the PBX is that phone's RTP peer, so it sends its own sender or receiver
 * reports, at the §6.3 interval (5 s minimum, randomised), with a report block on what the phone sends, and reads
 * the phone's reports. A report we send is remembered by the leg's quality tracker, so the phone's receiver
 * report that answers it gives the round-trip time exactly as for relayed reports (§6.4.1). Loop thread only.
 */
final class TerminationRtcp {
    /** Two participants, one of them us; a voice call's RTP is well under 100 kbit/s. */
    private static final int MEMBERS = 2;
    private static final double SESSION_BITS_PER_SECOND = 64_000 * 1.25;
    private static final double AVERAGE_RTCP_BYTES = 100;

    private final RelayEndpoint leg;
    private final MediaSender sender;
    private final MediaReceiver receiver;
    private final RtcpReporter reporter;
    private final RtcpInterval interval;
    private final ByteBuffer out = ByteBuffer.allocateDirect(512);
    private long nextReportMillis;
    private long packetsAtLastReport;
    private boolean initial = true;

    TerminationRtcp(RelayEndpoint leg, MediaSender sender, MediaReceiver receiver, RandomGenerator random,
                    long nowMillis) {
        this.leg = leg;
        this.sender = sender;
        this.receiver = receiver;
        this.reporter = new RtcpReporter(sender.ssrc(), "centralino@" + leg.localRtp().getAddress().getHostAddress());
        this.interval = new RtcpInterval(random::nextDouble);
        schedule(nowMillis);
    }

    /** A compound packet from the phone (between the buffer's position and limit). */
    void onRtcp(ByteBuffer packet, long nowMillis) {
        reporter.onReceived(packet.duplicate(), NtpTime.fromEpochMillis(nowMillis));
    }

    /** Sends our report if it is due. */
    void tick(long nowMillis) {
        if (nowMillis < nextReportMillis) {
            return;
        }
        boolean sent = sender.packetsSent() > packetsAtLastReport;
        packetsAtLastReport = sender.packetsSent();
        send(nowMillis, sent, false);
        schedule(nowMillis);
    }

    /** The BYE when the leg stops being terminated or the call ends (RFC 3550 §6.6). */
    void bye(long nowMillis) {
        send(nowMillis, sender.packetsSent() > packetsAtLastReport, true);
    }

    private void send(long nowMillis, boolean sent, boolean bye) {
        InetSocketAddress to = leg.rtcpLatch.remote();
        if (to == null) {
            return;
        }
        if (receiver.streamKnown()) {
            reporter.receivingFrom(receiver.streamSsrc()); // a report block even for a phone that sends no RTCP
        }
        long ntp = NtpTime.fromEpochMillis(nowMillis);
        RtcpReporter.SenderCounters counters = !sent ? null : new RtcpReporter.SenderCounters(
            sender.packetsSent(), sender.octetsSent(), sender.timestampNow());
        out.clear();
        int length = reporter.write(out, counters, ntp, leg.quality.reception(), bye);
        out.flip();
        try {
            if (leg.ports().rtcp().send(out, to) > 0) {
                leg.counters.sentRtcp();
                if (sent) {
                    leg.quality.forwardedSenderReport(NtpTime.middle32(ntp), nowMillis);
                }
            }
        } catch (IOException e) {
            leg.counters.droppedSendFailed(); // the report is lost; the next one goes out at the next interval
        }
    }

    private void schedule(long nowMillis) {
        Duration next = interval.next(MEMBERS, 1, RtcpInterval.rtcpBandwidth(SESSION_BITS_PER_SECOND), true,
            AVERAGE_RTCP_BYTES, initial);
        initial = false;
        nextReportMillis = nowMillis + next.toMillis();
    }
}
