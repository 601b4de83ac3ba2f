package org.centralino.media.dtmf;

import java.util.function.Consumer;

/**
 * Turns the RFC 4733 telephone-event packets of one RTP stream into key presses, each reported once.
 *
 * <p><b>When a key is reported.</b> At its end: on the first packet with the E bit, on a packet of a newer
 * event while this one had no end, or when no packet came for {@link #DEFAULT_END_TIMEOUT_MILLIS} (end packets
 * lost, §2.5.2.2). The key is certain from the first packet, but its duration only at the end, and the
 * {@link DtmfEvent} carries the duration (an INFO relay writes it as {@code Duration=}, a recorder or a relay to
 * in-band tones needs it). The end comes the key's length after its start (100-250 ms from a phone), which is
 * well under the pause between two keys, so readDigits sees no difference; this is also when Asterisk hands
 * keys to its dialplan (the "DTMF end" frame).
 *
 * <p><b>What is handled.</b> An event is identified by its start timestamp (§2.5.2.1), so:
 * <ul>
 *   <li>the end packet sent three times (§2.5.1.4), and updates repeated or arriving after the end, are
 *       recognised by their start timestamp among the last {@value #REMEMBERED} ended events and ignored;</li>
 *   <li>a lost first packet (no marker) is no problem: any packet with a new timestamp starts an event;</li>
 *   <li>reordered updates only ever raise the duration (the largest seen counts);</li>
 *   <li>a packet older than the current event (timestamp before its start) is stale and ignored, unless it
 *       ends an event we never saw (carried again beside a newer one, §2.5.1.5): that one is reported late;</li>
 *   <li>a long event whose duration would overflow the 16-bit field arrives as segments (§2.5.1.3, §2.5.2.3):
 *       a packet of the same event code, without marker, whose timestamp is the previous segment's start plus
 *       at least its duration and at most 0xFFFF, continues the event and the durations add up;</li>
 *   <li>several events in one payload (§2.5.1.5): the first starts at the packet's timestamp, each next one
 *       where the previous one ended (start plus duration); each block is handled as above.</li>
 * </ul>
 * RFC 2198 redundancy ("red" payloads, §2.5.1.5's other option) is not decoded here: the RTP layer would have
 * to unwrap it first; phones we meet send plain telephone-event packets. Events above 16 (tones, line events)
 * are ignored. Allocation-free except the reported {@link DtmfEvent}. One stream, one thread.
 */
public final class TelephoneEventReceiver {
    /**
     * End an event after this long without a packet: three lost updates at a 50 ms update interval (a slow
     * sender's) plus slack; short enough that the key still comes before the caller presses the next one.
     */
    public static final int DEFAULT_END_TIMEOUT_MILLIS = 200;
    /** How many ended events are remembered to recognise their retransmissions. */
    static final int REMEMBERED = 8;
    /** An ended event carried again in a later packet is still reported if it started this long before the newest. */
    static final int RECOVERABLE_SECONDS = 5;

    private final int clockRate;
    private final int endTimeoutMillis;
    private final Consumer<DtmfEvent> onKey;
    private final int[] endedStarts = new int[REMEMBERED];
    private final int[] endedCodes = new int[REMEMBERED];
    private int endedCount;
    private int endedNext;
    private boolean active;
    private int startTs;
    private int code;
    private long previousSegments;
    private int duration;
    private long lastArrival;
    private boolean seenAny;
    private int newestStart;
    private long malformed;

    /** With the {@linkplain #DEFAULT_END_TIMEOUT_MILLIS default end timeout}. */
    public TelephoneEventReceiver(int clockRate, Consumer<DtmfEvent> onKey) {
        this(clockRate, DEFAULT_END_TIMEOUT_MILLIS, onKey);
    }

    /**
     * @param clockRate        the telephone-event clock rate SDP gave (8000, or 48000 beside Opus)
     * @param endTimeoutMillis how long without a packet ends an event whose end packets were lost
     * @param onKey            receives each key press once, at its end
     */
    public TelephoneEventReceiver(int clockRate, int endTimeoutMillis, Consumer<DtmfEvent> onKey) {
        if (clockRate <= 0 || endTimeoutMillis <= 0) {
            throw new IllegalArgumentException("clock rate " + clockRate + " and end timeout " + endTimeoutMillis
                + " ms must be positive");
        }
        this.clockRate = clockRate;
        this.endTimeoutMillis = endTimeoutMillis;
        this.onKey = onKey;
    }

    /**
     * Handles one telephone-event packet. {@code sequence} is not needed (RFC 4733 identifies an event by its
     * timestamp, and durations order its updates) and is accepted so callers pass the header as it is.
     */
    public void receive(boolean marker, long timestamp, int sequence, byte[] payload, int offset, int length,
                        long arrivalMillis) {
        tick(arrivalMillis);
        if (TelephoneEvent.problem(payload, offset, length) != null) {
            malformed++;
            return;
        }
        int start = (int) timestamp;
        for (int at = offset; at < offset + length; at += TelephoneEvent.SIZE) {
            int blockDuration = TelephoneEvent.duration(payload, at);
            block(marker && at == offset, start, TelephoneEvent.event(payload, at), TelephoneEvent.end(payload, at),
                blockDuration, arrivalMillis);
            start += blockDuration;
        }
    }

    /** Ends the current event if no packet came for the end timeout; call on every media tick. */
    public void tick(long nowMillis) {
        if (active && nowMillis - lastArrival >= endTimeoutMillis) {
            finish();
        }
    }

    /** Payloads that were not telephone events (wrong length). */
    public long malformed() {
        return malformed;
    }

    private void block(boolean marker, int start, int event, boolean end, int blockDuration, long arrival) {
        if (!DtmfKeys.isKey(event) || ended(start, event)) {
            return;
        }
        if (stale(start)) {
            if (end && start - newestStart > -clockRate * RECOVERABLE_SECONDS) {
                recovered(start, event, blockDuration);
            }
            return;
        }
        if (active && start == startTs && event == code) {
            duration = Math.max(duration, blockDuration);
        } else if (active && continues(marker, start, event)) {
            previousSegments += start - startTs;
            remember(startTs, code);
            startTs = start;
            newestStart = start;
            duration = blockDuration;
        } else {
            if (active) {
                finish();
            }
            begin(start, event, blockDuration);
        }
        lastArrival = arrival;
        if (end) {
            finish();
        }
    }

    /** §2.5.2.3: the next segment of a long event starts where the previous one's 0xFFFF units ran out. */
    private boolean continues(boolean marker, int start, int event) {
        int step = start - startTs;
        return !marker && event == code && step >= duration && step <= TelephoneEvent.MAX_DURATION
            && step > TelephoneEvent.MAX_DURATION / 2;
    }

    /** A packet that started before the newest event we know belongs to an event already over. */
    private boolean stale(int start) {
        return seenAny && start - newestStart < 0;
    }

    private void begin(int start, int event, int blockDuration) {
        active = true;
        startTs = start;
        code = event;
        previousSegments = 0;
        duration = blockDuration;
        seenAny = true;
        newestStart = start;
    }

    private void finish() {
        active = false;
        remember(startTs, code);
        long units = previousSegments + duration;
        onKey.accept(new DtmfEvent(DtmfKeys.keyOf(code), (int) (units * 1000 / clockRate), DtmfSource.RFC4733));
    }

    /**
     * An ended event older than the current one that we had missed, carried again in a later packet (§2.5.1.5):
     * reported on its own, late rather than never.
     */
    private void recovered(int start, int event, int blockDuration) {
        int newest = newestStart;
        remember(start, event);
        newestStart = newest;
        onKey.accept(new DtmfEvent(DtmfKeys.keyOf(event), (int) ((long) blockDuration * 1000 / clockRate),
            DtmfSource.RFC4733));
    }

    private void remember(int start, int event) {
        endedStarts[endedNext] = start;
        endedCodes[endedNext] = event;
        endedNext = (endedNext + 1) % REMEMBERED;
        endedCount = Math.min(endedCount + 1, REMEMBERED);
        if (start - newestStart > 0) {
            newestStart = start;
        }
    }

    private boolean ended(int start, int event) {
        for (int i = 0; i < endedCount; i++) {
            if (endedStarts[i] == start && endedCodes[i] == event) {
                return true;
            }
        }
        return false;
    }
}
