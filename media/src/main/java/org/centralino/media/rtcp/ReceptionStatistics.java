package org.centralino.media.rtcp;

/**
 * What a receiver knows about one RTP source (one SSRC): the sequence-number tracking of RFC 3550 Appendix A.1
 * (a new source is valid after {@link #MIN_SEQUENTIAL} packets in sequence, 16-bit wrap counted as cycles, a jump
 * of more than {@link #MAX_DROPOUT} taken as a restart when the next packet confirms it), the expected/lost
 * counts and the interval fraction lost of A.3, and the interarrival jitter of A.8 in RTP timestamp units.
 * Updating allocates nothing. Not thread-safe: one owner thread feeds it and reads it.
 */
public final class ReceptionStatistics {
    /** Packets in sequence before a new source is believed (RFC 3550 A.1). */
    public static final int MIN_SEQUENTIAL = 2;
    /** A forward jump of at least this many sequence numbers is suspicious (RFC 3550 A.1). */
    public static final int MAX_DROPOUT = 3000;
    /** A packet this far behind the highest one is a late (misordered) packet (RFC 3550 A.1). */
    public static final int MAX_MISORDER = 100;
    private static final int SEQ_MOD = 1 << 16;
    private static final int SEQ_MASK = SEQ_MOD - 1;

    private int clockRate;
    private boolean started;
    private int probation;
    private int maxSeq;
    private int baseSeq;
    private int badSeq;
    private long cycles;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private boolean transitKnown;
    private int transit;
    /** Jitter times 16: the integer form of RFC 3550 A.8, which keeps the fraction without floating point. */
    private long jitterQ4;

    /** @param clockRate the RTP clock rate of the source's payload format in Hz (8000 for G.711) */
    public ReceptionStatistics(int clockRate) {
        clockRate(clockRate);
    }

    /** A new clock rate for the jitter conversion (the source changed payload format). */
    public void clockRate(int hz) {
        if (hz <= 0) {
            throw new IllegalArgumentException("an RTP clock rate is positive, got " + hz);
        }
        this.clockRate = hz;
    }

    public int clockRate() {
        return clockRate;
    }

    /** Forgets the source: the next packet starts a new probation (a new SSRC, RFC 3550 §8.2). */
    public void reset() {
        started = false;
        received = 0;
        cycles = 0;
        expectedPrior = 0;
        receivedPrior = 0;
        transitKnown = false;
        jitterQ4 = 0;
    }

    /**
     * One RTP packet of the source.
     *
     * @param sequence its 16-bit sequence number
     * @param rtpTimestamp its 32-bit RTP timestamp
     * @param arrivalMillis when it arrived, in milliseconds of any steady clock (the jitter has this resolution)
     * @return whether the packet counts (false during probation and for a first out-of-range jump)
     */
    public boolean onPacket(int sequence, long rtpTimestamp, long arrivalMillis) {
        int seq = sequence & SEQ_MASK;
        if (!started) {
            started = true;
            initSequence(seq);
            maxSeq = (seq - 1) & SEQ_MASK;
            probation = MIN_SEQUENTIAL;
        }
        if (!updateSequence(seq)) {
            return false;
        }
        updateJitter(rtpTimestamp, arrivalMillis);
        return true;
    }

    private void initSequence(int seq) {
        baseSeq = seq;
        maxSeq = seq;
        badSeq = SEQ_MOD + 1; // so seq == badSeq is false
        cycles = 0;
        received = 0;
        receivedPrior = 0;
        expectedPrior = 0;
    }

    /** RFC 3550 A.1 update_seq. */
    private boolean updateSequence(int seq) {
        int delta = (seq - maxSeq) & SEQ_MASK;
        if (probation > 0) {
            if (seq == ((maxSeq + 1) & SEQ_MASK)) {
                probation--;
                maxSeq = seq;
                if (probation == 0) {
                    initSequence(seq);
                    received++;
                    return true;
                }
            } else {
                probation = MIN_SEQUENTIAL - 1;
                maxSeq = seq;
            }
            return false;
        }
        if (delta < MAX_DROPOUT) {
            if (seq < maxSeq) {
                cycles += SEQ_MOD; // in order, with permissible gap, wrapped
            }
            maxSeq = seq;
        } else if (delta <= SEQ_MOD - MAX_MISORDER) {
            if (seq != badSeq) {
                badSeq = (seq + 1) & SEQ_MASK; // a very large jump: believe it only if the next packet follows
                return false;
            }
            initSequence(seq); // two packets in sequence: the sender restarted its sequence numbers
            transitKnown = false;
        }
        // else a duplicate or a late packet: counted, as A.1 does
        received++;
        return true;
    }

    /** RFC 3550 A.8: J += (|D| - J) / 16, with D the change in transit time, all in timestamp units. */
    private void updateJitter(long rtpTimestamp, long arrivalMillis) {
        int arrival = (int) (arrivalMillis * clockRate / 1000L);
        int nowTransit = arrival - (int) rtpTimestamp;
        if (transitKnown) {
            long d = Math.abs((long) (nowTransit - transit));
            jitterQ4 += d - ((jitterQ4 + 8) >> 4);
        }
        transit = nowTransit;
        transitKnown = true;
    }

    /** Whether the source has passed probation (some packet counted). */
    public boolean isValid() {
        return started && probation == 0;
    }

    /** Packets counted (after probation, duplicates included, as RFC 3550 A.1 counts them). */
    public long received() {
        return isValid() ? received : 0;
    }

    /** The highest sequence number seen, extended with the wrap count (RFC 3550 A.3). */
    public long extendedHighestSequence() {
        return isValid() ? cycles + maxSeq : 0;
    }

    /** Packets expected: extended highest minus the first, plus one (RFC 3550 A.3); 0 before the first. */
    public long expected() {
        return isValid() ? cycles + maxSeq - baseSeq + 1 : 0;
    }

    /** Expected minus received; negative when duplicates outnumber losses (RFC 3550 §6.4.1). */
    public long cumulativeLost() {
        return expected() - received();
    }

    /** Lost over expected in percent (0 while nothing is expected, never below 0). */
    public double lossPercent() {
        long expected = expected();
        return expected == 0 ? 0.0 : Math.max(0, cumulativeLost()) * 100.0 / expected;
    }

    /** Interarrival jitter in RTP timestamp units, as a report block carries it (RFC 3550 A.8). */
    public long jitter() {
        return jitterQ4 >> 4;
    }

    /** Interarrival jitter in milliseconds at the current clock rate. */
    public double jitterMillis() {
        return jitterQ4 / 16.0 * 1000.0 / clockRate;
    }

    /**
     * The fraction lost since the previous call, in 1/256 (RFC 3550 A.3), and starts a new interval: call once
     * per report sent. Zero when nothing was expected or duplicates made up for the losses.
     */
    public int fractionLostSinceLastReport() {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        expectedPrior = expected;
        long receivedInterval = received() - receivedPrior;
        receivedPrior = received();
        long lostInterval = expectedInterval - receivedInterval;
        return expectedInterval == 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
    }

    /**
     * The report block on this source for an SR or RR being sent now (starts a new loss interval).
     *
     * @param ssrc the source's SSRC
     * @param lastSenderReport middle 32 bits of the last SR received from it, 0 if none
     * @param delaySinceLastSenderReport time since that SR arrived, in 1/65536 s, 0 if none
     */
    public ReportBlock reportBlock(long ssrc, long lastSenderReport, long delaySinceLastSenderReport) {
        int fraction = fractionLostSinceLastReport();
        int lost = (int) Math.clamp(cumulativeLost(), ReportBlock.MIN_CUMULATIVE_LOST, ReportBlock.MAX_CUMULATIVE_LOST);
        return new ReportBlock(ssrc, fraction, lost, extendedHighestSequence() & 0xFFFF_FFFFL, jitter(),
            lastSenderReport, delaySinceLastSenderReport);
    }
}
