package org.centralino.media.rtp;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.centralino.media.rtcp.CodecImpairment;
import org.centralino.media.rtcp.EModel;
import org.centralino.media.rtcp.NtpTime;
import org.centralino.media.rtcp.ReceptionStatistics;

/**
 * One leg's quality bookkeeping on the relay path: the RTP its phone sends (sequence and timestamp statistics
 * per source, RFC 3550 A.1/A.3/A.8; a new SSRC starts a new source and the old one's counts are carried), the
 * phone's own RTCP report blocks, and the round-trip time from reports on the SRs relayed to it
 * ({@link ForwardedReports}). Written on the loop thread without allocating; {@link #publish} makes an immutable
 * {@link LegQuality} for other threads, MOS included, at the loop's check cadence rather than per packet.
 */
final class LegQualityTracker {
    /** The default codec until the owner says otherwise: G.711 µ-law, 8 kHz (RFC 3551 §6, payload type 0). */
    static final String DEFAULT_ENCODING = "PCMU";
    static final int DEFAULT_CLOCK_RATE = 8000;
    private static final long NO_SOURCE = -1;
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final ReceptionStatistics reception = new ReceptionStatistics(DEFAULT_CLOCK_RATE);
    private final ForwardedReports forwarded = new ForwardedReports();
    private String encoding = DEFAULT_ENCODING;
    private long ssrc = NO_SOURCE;
    private long carriedReceived;
    private long carriedExpected;
    private long roundTripMicros = UNKNOWN;
    private int phoneFractionLost = -1;
    private long phoneCumulativeLost;
    private long phoneJitter;
    private volatile LegQuality published;

    LegQualityTracker() {
        published = snapshot(false);
    }

    /** Loop thread: the codec the leg's phone sends from now on. */
    void setCodec(String encodingName, int clockRate) {
        encoding = encodingName;
        reception.clockRate(clockRate);
    }

    /** Loop thread: an RTP packet from the phone, between the buffer's position and limit (checked as RTP). */
    void onRtp(ByteBuffer packet, long nowMillis) {
        int at = packet.position();
        long packetSsrc = packet.getInt(at + 8) & 0xFFFF_FFFFL;
        if (packetSsrc != ssrc) {
            carriedReceived += reception.received();
            carriedExpected += reception.expected();
            reception.reset();
            ssrc = packetSsrc;
        }
        reception.onPacket(packet.getShort(at + 2) & 0xFFFF, packet.getInt(at + 4) & 0xFFFF_FFFFL, nowMillis);
    }

    /** Loop thread: an SR from the other leg was just relayed to this leg's phone. */
    /** Loop thread: the statistics of the RTP this leg's phone sends (for our own reports on a terminated leg). */
    ReceptionStatistics reception() {
        return reception;
    }

    void forwardedSenderReport(long ntpMiddle, long nowMillis) {
        forwarded.remember(ntpMiddle, nowMillis);
    }

    /**
     * Loop thread: a report block in the phone's own SR or RR. Any block carries the phone's view of what it
     * receives; a block whose LSR is an SR we relayed to it gives the round trip: arrival − forwarded − DLSR.
     */
    void onReportBlock(int fractionLost, int cumulativeLost, long jitter, long lsr, long dlsr, long nowMillis) {
        phoneFractionLost = fractionLost;
        phoneCumulativeLost = cumulativeLost;
        phoneJitter = jitter;
        long forwardedAt = forwarded.forwardedAt(lsr);
        if (forwardedAt != Long.MIN_VALUE) {
            long micros = (nowMillis - forwardedAt) * 1000 - dlsr * 1_000_000 / NtpTime.SHORT_UNITS_PER_SECOND;
            roundTripMicros = Math.max(0, micros);
        }
    }

    /** Loop thread: publishes a snapshot for {@link #published()}. Allocates (once per check, not per packet). */
    void publish(boolean oneWayAudio) {
        published = snapshot(oneWayAudio);
    }

    /** Any thread: the last published snapshot. */
    LegQuality published() {
        return published;
    }

    private LegQuality snapshot(boolean oneWayAudio) {
        long received = carriedReceived + reception.received();
        long expected = carriedExpected + reception.expected();
        long lost = expected - received;
        double lossPercent = expected == 0 ? 0 : Math.max(0, lost) * 100.0 / expected;
        double jitterMillis = reception.jitterMillis();
        Duration rtt = roundTripMicros == UNKNOWN ? null : Duration.ofNanos(roundTripMicros * 1000);
        double mos = EModel.mos(CodecImpairment.forEncoding(encoding), oneWayDelayMillis(jitterMillis), lossPercent);
        LegQuality.PhoneReport phone = phoneFractionLost < 0 ? null : new LegQuality.PhoneReport(
            phoneFractionLost * 100.0 / 256, phoneCumulativeLost, phoneJitter * 1000.0 / reception.clockRate());
        return new LegQuality(encoding, reception.clockRate(), received, expected, lost, lossPercent, jitterMillis,
            rtt, mos, oneWayAudio, phone);
    }

    /**
     * The one-way delay the E-model is given: half the round trip to the phone (0 while unknown) plus a jitter
     * buffer of twice the measured jitter, a usual sizing. Codec and packetisation delay are left out: 20-40 ms
     * cost less than 1 point of R below the 177 ms knee.
     */
    private double oneWayDelayMillis(double jitterMillis) {
        double halfRtt = roundTripMicros == UNKNOWN ? 0 : roundTripMicros / 2000.0;
        return halfRtt + 2 * jitterMillis;
    }
}
